@testable import MetricLab
import MetricLabTestSupport
import Testing

/// NCA's fused distances and log softmax mass against the distance op followed by
/// `logSoftmaxMassRows`, which they replace: the same bits in the values and both sides'
/// gradients, with its mass pullback on either vector width, distances plain and squared, narrow
/// and wide rows, rows compared with themselves, with and without candidates, rows with no mass
/// (−∞, no gradient), duplicate rows (distance 0) and NaN among the coordinates; narrow rows in one
/// block and in blocks of two rows, on one core and (83×91) split over the cores.
@Suite struct DistanceSoftmaxMassTests {
    /// The log masses and the gradients of a and b, by the fused op or the two ops.
    func run(_ a: Tensor, _ b: Tensor?, subset: Mask, candidates: Mask?, rooted: Bool, fused: Bool, kernel: GEMM.Kernel,
             blockRows: Int? = nil) -> (values: [Double], gradients: [[Double]]) {
        var values: [Double] = []
        let map = Affine(scale: -1.5, offset: 0.25)
        let (_, gradients) = valueWithGradient(at: b.map { [a, $0] } ?? [a]) { v in
            let (x, y) = (v[0], v.count > 1 ? v[1] : v[0])
            let logP = fused ? x.distanceLogSoftmaxMassRows(y, rooted: rooted, of: subset, within: candidates, of: map, kernel: kernel,
                                                                  blockRows: blockRows)
                : (rooted ? x.pairwiseDistances(y) : x.pairwiseSquaredDistances(y)).logSoftmaxMassRows(of: subset, within: candidates, of: map)
            values = logP.scalars
            let kept = (0 ..< logP.rows).filter { logP.scalars[$0] > -.infinity }
            // Another use of x first, so the fused op's gradient is added to one already there.
            return (x * 0.25).sum() + (logP.gatherRows(kept) * Tensor(rows: kept.count, cols: 1, scalars: kept.map { 0.3 - 0.1 * Double($0 % 5) })).sum()
        }
        return (values, gradients.map(\.scalars))
    }

    @Test(arguments: [(1, 1, 2, false), (6, 7, 2, true), (9, 13, 3, false), (17, 9, 2, true), (83, 91, 2, true), (12, 12, 16, false),
                      (21, 19, 16, true), (40, 45, 32, false)])
    func fusedGivesTheTwoOpsBits(rows: Int, cols: Int, width: Int, specials: Bool) {
        guard GEMM.kernel != .portable else { return }
        var x = randomTensor(rows, width, seed: 621, scale: 0.8).scalars
        // Row 1 repeats row 0 (distances of 0 off the diagonal); with specials, a NaN in row 2.
        if rows > 1 { for p in 0 ..< width { x[width + p] = x[p] } }
        if specials, rows > 2 { x[2 * width] = .nan }
        let a = Tensor(rows: rows, cols: width, scalars: x), b = randomTensor(cols, width, seed: 622, scale: 0.8)
        func same(_ u: [Double], _ v: [Double]) -> Bool { u.count == v.count && zip(u, v).allSatisfy { $0.bitPattern == $1.bitPattern } }
        for other in [b, nil] as [Tensor?] {
            let cols = other?.rows ?? rows
            // Row 3's subset is empty: no mass, −∞.
            let subset = Mask(rows: rows, cols: cols) { i, j in i != 3 && (i + j) % 3 == 0 }
            for candidates in [nil, Mask(rows: rows, cols: cols) { $0 != $1 }] {
                for rooted in [true, false] {
                    for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                        let two = run(a, other, subset: subset, candidates: candidates, rooted: rooted, fused: false, kernel: kernel)
                        let label = "\(kernel), \(rows)×\(cols)×\(width), \(rooted ? "rooted" : "squared"), "
                            + "\(other == nil ? "self" : "other"), \(candidates == nil ? "all" : "off-diagonal")"
                        #expect(rows <= 3 || two.values[3] == -.infinity, "\(label): empty subset")
                        // One block, and blocks of two rows (narrow rows go a block at a time).
                        for blockRows in [nil, 2] as [Int?] {
                            let one = run(a, other, subset: subset, candidates: candidates, rooted: rooted, fused: true, kernel: kernel,
                                          blockRows: blockRows)
                            #expect(same(two.values, one.values), "\(label), blocks of \(blockRows ?? rows): values")
                            #expect(zip(two.gradients, one.gradients).allSatisfy(same), "\(label), blocks of \(blockRows ?? rows): gradients")
                        }
                    }
                }
            }
        }
    }

    /// The gradient against central differences, on points apart.
    @Test func gradientMatchesFiniteDifferences() {
        let a = randomTensor(7, 3, seed: 623), b = randomTensor(6, 3, seed: 624)
        let subset = Mask(rows: 7, cols: 6) { ($0 + $1) % 2 == 0 }
        for rooted in [true, false] {
            let error = gradientError(at: [a, b]) { v in
                v[0].distanceLogSoftmaxMassRows(v[1], rooted: rooted, of: subset, within: nil, of: Affine(scale: -1, offset: 0)).sum()
            }
            #expect(error < 1e-7, "\(rooted ? "rooted" : "squared"): \(error)")
        }
    }
}
