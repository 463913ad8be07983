@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The fused distance hinge sums against the distance op followed by the masked sums, which they
/// replace: the same bits in the sums, the counts and both sides' gradients, on every hinge, one
/// or two groups, distances plain and squared, narrow and wide rows (the two distance paths),
/// rows compared with themselves, duplicate rows (distance 0, slope 0), and NaN and ±∞ among the
/// coordinates.
@Suite struct DistanceHingeSumsTests {
    /// The sums, counts and gradients of a and b, by the fused op or the two ops.
    func run<F: VectorHinge>(_ f: F, _ a: Tensor, _ b: Tensor?, _ masks: [Mask], rooted: Bool, fused: Bool, kernel: GEMM.Kernel)
        -> (values: [Double], counts: [Int], gradients: [[Double]]) {
        var counts: [Int] = []
        let maps = [Affine(scale: 1, offset: -0.0), Affine(scale: -1, offset: 1.25)]
        let points = b.map { [a, $0] } ?? [a]
        let (value, gradients) = valueWithGradient(at: points) { v in
            let (x, y) = (v[0], v.count > 1 ? v[1] : v[0])
            let groups = masks.enumerated().map { k, mask in MaskedGroup(mask: mask, map: maps[k]) }
            let sums = fused ? x.distanceHingeSums(y, rooted: rooted, of: f, groups, kernel: kernel)
                : (rooted ? x.pairwiseDistances(y) : x.pairwiseSquaredDistances(y)).maskedSums(of: f, groups, kernel: kernel)
            counts = sums.flatMap { [$0.terms, $0.positive] }
            // Another use of x first, so the fused op's gradient is added to one already there.
            let other = (x * 0.25).sum()
            return sums.enumerated().map { k, sum in sum.total * (0.7 - 2 * Double(k)) }.reduce(other, +)
        }
        return ([value], counts, gradients.map(\.scalars))
    }

    @Test(arguments: [(1, 1, 2, false), (5, 7, 2, true), (9, 13, 3, false), (17, 9, 2, true), (33, 40, 2, false),
                      (12, 12, 16, false), (21, 19, 16, true), (64, 70, 32, false)])
    func fusedGivesTheTwoOpsBits(rows: Int, cols: Int, width: Int, specials: Bool) {
        guard GEMM.kernel != .portable else { return }
        var x = randomTensor(rows, width, seed: 611, scale: 0.8).scalars
        // Row 1 repeats row 0, so some distances are 0 away from the diagonal.
        if rows > 1 { for p in 0 ..< width { x[width + p] = x[p] } }
        if specials { for t in x.indices where t % 23 == 5 { x[t] = [.nan, .infinity, -.infinity][(t / 23) % 3] } }
        let a = Tensor(rows: rows, cols: width, scalars: x), b = randomTensor(cols, width, seed: 612, scale: 0.8)
        func same(_ u: [Double], _ v: [Double]) -> Bool { u.count == v.count && zip(u, v).allSatisfy { $0.bitPattern == $1.bitPattern } }
        // With b, and a against itself (then square: rows × rows).
        for other in [b, nil] as [Tensor?] {
            let cols = other?.rows ?? rows
            let first = Mask(rows: rows, cols: cols) { ($0 + 2 * $1) % 3 == 0 && $0 != $1 }
            let second = Mask(rows: rows, cols: cols) { ($0 + 2 * $1) % 3 != 0 }
            for masks in [[first], [first, second]] {
                for rooted in [true, false] {
                    for (name, pass) in [("relu", { (fused: Bool, k: GEMM.Kernel) in run(ReLU(), a, other, masks, rooted: rooted, fused: fused, kernel: k) }),
                                         ("half squared", { run(HalfSquaredHinge(), a, other, masks, rooted: rooted, fused: $0, kernel: $1) }),
                                         ("squared", { run(SquaredHinge(), a, other, masks, rooted: rooted, fused: $0, kernel: $1) })] {
                        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                            let (two, one) = (pass(false, kernel), pass(true, kernel))
                            let label = "\(name), \(kernel), \(masks.count) groups, \(rows)×\(cols)×\(width), "
                                + "\(rooted ? "rooted" : "squared"), \(other == nil ? "self" : "other")"
                            #expect(specials || two.values[0].isFinite, "\(label): finite")
                            #expect(same(two.values, one.values), "\(label): sums")
                            #expect(two.counts == one.counts, "\(label): counts")
                            #expect(zip(two.gradients, one.gradients).allSatisfy(same), "\(label): gradients")
                        }
                    }
                }
            }
        }
    }

    /// The gradient against central differences, on points apart (no distance at 0) and margins
    /// no distance sits on.
    @Test func gradientMatchesFiniteDifferences() {
        let a = randomTensor(7, 3, seed: 613), b = randomTensor(6, 3, seed: 614)
        let near = Mask(rows: 7, cols: 6) { ($0 + $1) % 2 == 0 }, far = !near
        let groups = [MaskedGroup(mask: near, map: Affine(scale: 1, offset: -0.5)), MaskedGroup(mask: far, map: Affine(scale: -1, offset: 2.5))]
        for rooted in [true, false] {
            let error = gradientError(at: [a, b]) { v in
                let sums = v[0].distanceHingeSums(v[1], rooted: rooted, of: HalfSquaredHinge(), groups)
                return sums[0].total * 0.7 + sums[1].total * -1.3
            }
            #expect(error < 1e-7, "\(rooted ? "rooted" : "squared"): \(error)")
        }
    }
}
