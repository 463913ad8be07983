import CKernels
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The masked sums' AVX-512 and AVX2 passes, forward and back, against the Swift loops, for each
/// hinge the row pass serves and one to three groups: the same bits in the sums, the counts and
/// the gradients (input and shift, written fresh or added to another op's), on widths that leave
/// a tail of one to three entries, with ±0, NaN and ±∞ among the inputs and entries in no group.
@Suite struct MaskedSumKernelTests {
    /// The sums, counts and both gradients of disjoint groups (the second shifted) by `kernel`.
    func run<F: ElementwiseFunction>(_ f: F, _ x: Tensor, _ masks: [Mask], kernel: GEMM.Kernel)
        -> (values: [Double], counts: [Int], gx: [Double], gShift: Double) {
        var counts: [Int] = []
        let maps = [Affine(scale: 1.5, offset: -0.25), Affine(scale: -1, offset: 0.75), Affine(scale: 0.5, offset: 0.1)]
        let (values, gradients) = valueWithGradient(at: [x, Tensor(0.3)]) { v in
            let groups = masks.enumerated().map { k, mask in MaskedGroup(mask: mask, map: maps[k], shift: k == 1 ? v[1] * 2 : nil) }
            let sums = v[0].maskedSums(of: f, groups, kernel: kernel)
            counts = sums.flatMap { [$0.terms, $0.positive] }
            let total = sums.enumerated().map { k, sum in sum.total * (0.7 - 2 * Double(k)) }.reduce(Tensor(0), +)
            // Recorded after the sums, so its gradient arrives first and theirs is added to it.
            return masks.count == 2 ? total + (v[0] * 0.25).sum() : total
        }
        return ([values], counts, gradients[0].scalars, gradients[1].scalar)
    }

    /// Without NaN or ±∞ (so the sums are numbers to compare) and with them (zeros and −0 in both).
    @Test(arguments: [(1, 1, false), (2, 3, true), (3, 5, false), (5, 7, true), (9, 13, false), (9, 13, true), (4, 17, true),
                      (130, 257, false), (130, 257, true)])
    func vectorRowsGiveTheLoopsBits(rows: Int, cols: Int, specials: Bool) {
        guard GEMM.kernel != .portable else { return }
        var x = randomTensor(rows, cols, seed: 341, scale: 2).scalars
        let values = specials ? [0, -0.0, .nan, .infinity, -.infinity, 1.0 / 6] : [0, -0.0, 1.0 / 6, 0.25, -0.75]
        for t in x.indices where t % 9 == 4 { x[t] = values[(t / 9) % values.count] }
        let input = Tensor(rows: rows, cols: cols, scalars: x)
        // Group 0 on every third entry, group 1 on the others but the diagonal (in no group);
        // alone, or with a third group taking a part of the second.
        let g0 = Mask(rows: rows, cols: cols) { ($0 * cols + $1) % 3 == 0 }
        let g1 = Mask(rows: rows, cols: cols) { ($0 * cols + $1) % 3 != 0 && $0 != $1 }
        let g2 = Mask(rows: rows, cols: cols) { ($0 * cols + $1) % 3 == 1 && $0 != $1 }
        func same(_ a: [Double], _ b: [Double]) -> Bool { zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern } }
        for groups in [[g0], [g0, g1], [g0, g1 && !g2, g2]] {
            for (name, pass) in [("relu", { (k: GEMM.Kernel) in run(ReLU(), input, groups, kernel: k) }),
                                 ("half squared", { run(HalfSquaredHinge(), input, groups, kernel: $0) }),
                                 ("squared", { run(SquaredHinge(), input, groups, kernel: $0) })] {
                let loop = pass(.portable)
                #expect(specials || loop.values[0].isFinite)
                for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                    let vector = pass(kernel), label = "\(name), \(kernel), \(groups.count) groups, \(rows)×\(cols)"
                    #expect(same(loop.values, vector.values), "\(label): sums")
                    #expect(loop.counts == vector.counts, "\(label): counts")
                    #expect(same(loop.gx, vector.gx) && same([loop.gShift], [vector.gShift]), "\(label): gradients")
                }
            }
        }
    }
    /// The shift gradients' sums (sixteen partial sums, t mod 16, folded in halves) on every width
    /// against that order written out, bit for bit: tails of every length, one to four groups from
    /// two starting tags, entries of no group, ±0, NaN and ±∞; and near the plain sum when finite.
    @Test func ownerSumsFoldSixteenPartialSums() {
        var rng = RNG(seed: 77)
        let widths: [Int32] = [1] + (GEMM.kernel != .portable ? [4] : []) + (GEMM.kernel == .avx512 ? [8] : [])
        for count in Array(0 ... 40) + [1000, 4099] {
            for specials in [false, true] {
                let owner = (0 ..< count).map { _ in UInt8([0, 1, 2, 3, 4, 5, 6, 255][Int(rng.uniform() * 8)]) }
                let specialValues = [0, -0.0, .nan, .infinity, -.infinity]
                let s = (0 ..< count).map { t in specials && t % 7 == 3 ? specialValues[t / 7 % 5] : 4 * rng.gaussian() }
                for first in [0, 3] {
                    for groups in 1 ... 4 {
                        let expected = (0 ..< groups).map { k -> Double in
                            var l = [Double](repeating: 0, count: 16)
                            for t in 0 ..< count where Int(owner[t]) == first + k { l[t % 16] += s[t] }
                            let c = (0 ..< 8).map { l[$0] + l[$0 + 8] }, d = (0 ..< 4).map { c[$0] + c[$0 + 4] }
                            return (d[0] + d[2]) + (d[1] + d[3])
                        }
                        for lanes in widths {
                            var sums = [Double](repeating: 0, count: groups)
                            metriclab_owner_sums(owner, s, count, Int32(first), Int32(groups), lanes, &sums)
                            #expect(differingBits(sums, expected, anyNaN: true) == 0,
                                    "\(count) entries, groups \(first)..<\(first + groups), \(lanes) lanes")
                            if !specials {
                                for k in 0 ..< groups {
                                    let plain = (0 ..< count).filter { Int(owner[$0]) == first + k }.reduce(0.0) { $0 + s[$1] }
                                    #expect(Swift.abs(sums[k] - plain) <= 1e-12 * Swift.max(1, Swift.abs(plain)))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
