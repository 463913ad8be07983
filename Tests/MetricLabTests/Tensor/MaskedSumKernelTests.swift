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
}
