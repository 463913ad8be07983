@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The masked sums shifted by their groups' means against the ops they stand for (each group's
/// mean from its row sums, the factor times it as a shift, the masked sums): the same bits in the
/// sums, the counts and the gradient, on every kernel, hinges vector and not, one to three groups,
/// shapes whose rows span several blocks, the gradient written or added to one already there.
@Suite struct MeanShiftedSumsTests {
    /// The sums, counts and gradient of x, by the fused op or the ops; `added`: x has another use
    /// whose gradient arrives first, so that the op's is added to it instead of written.
    func run<F: ElementwiseFunction>(_ f: F, _ x: Tensor, _ masks: [Mask], factors: [Double], fused: Bool, kernel: GEMM.Kernel,
                                     added: Bool) -> (values: [Double], counts: [Int], gradient: [Double]) {
        var counts: [Int] = []
        let maps = [Affine(scale: -1, offset: 0), Affine(scale: 1, offset: -0.0), Affine(scale: 2, offset: 0.25)]
        let (value, gradients) = valueWithGradient(at: [x]) { v in
            let x = v[0]
            // Another use of x recorded first, whose gradient the tape sends back first.
            let other = added ? (x * 0.25).sum() : nil
            var groups = masks.enumerated().map { k, mask in MaskedGroup(mask: mask, map: maps[k]) }
            let sums: [TermSum]
            if fused {
                sums = x.maskedSums(of: f, groups, shiftedByMeans: factors, kernel: kernel)
            } else {
                for k in groups.indices {
                    let mean = x.rowSums(where: masks[k]).sum() / Double(masks[k].count)
                    groups[k].shift = factors[k] * mean
                }
                sums = x.maskedSums(of: f, groups, kernel: kernel)
            }
            counts = sums.flatMap { [$0.terms, $0.positive] }
            let total = sums.enumerated().map { k, sum in sum.total * (0.7 - 2 * Double(k)) }.reduce(Tensor(0), +)
            return other.map { $0 + total } ?? total
        }
        return ([value], counts, gradients[0].scalars)
    }

    @Test(arguments: [(1, 3), (5, 7), (9, 13), (40, 33), (130, 129), (300, 64)])
    func fusedGivesTheOpsBits(rows: Int, cols: Int) {
        let x = randomTensor(rows, cols, seed: 731, scale: 0.8)
        let first = Mask(rows: rows, cols: cols) { ($0 + 2 * $1) % 3 == 0 && $0 != $1 }
        let second = Mask(rows: rows, cols: cols) { ($0 + 2 * $1) % 3 == 1 }
        let third = Mask(rows: rows, cols: cols) { ($0 + 2 * $1) % 3 == 2 }
        func same(_ u: [Double], _ v: [Double]) -> Bool { u.count == v.count && zip(u, v).allSatisfy { $0.bitPattern == $1.bitPattern } }
        for masks in [[first], [first, second], [first, second, third]] where masks.allSatisfy({ $0.count > 0 }) {
            let factors = [0.99, -1.01, 0.5].prefix(masks.count).map { $0 }
            for (name, pass) in [("relu", { (fused: Bool, k: GEMM.Kernel, added: Bool) in
                                     run(ReLU(), x, masks, factors: factors, fused: fused, kernel: k, added: added) }),
                                 ("squared", { run(SquaredHinge(), x, masks, factors: factors, fused: $0, kernel: $1, added: $2) }),
                                 ("softplus", { run(Softplus(), x, masks, factors: factors, fused: $0, kernel: $1, added: $2) })] {
                let kernels = [GEMM.Kernel.portable, .avx2, .avx512].filter { $0 == .portable || GEMM.kernel == .avx512 || GEMM.kernel == $0 }
                for kernel in kernels {
                    for added in [false, true] {
                        let (ops, one) = (pass(false, kernel, added), pass(true, kernel, added))
                        let label = "\(name), \(kernel), \(masks.count) groups, \(rows)×\(cols), \(added ? "added" : "written")"
                        #expect(ops.values[0].isFinite, "\(label): finite")
                        #expect(same(ops.values, one.values), "\(label): sums")
                        #expect(ops.counts == one.counts, "\(label): counts")
                        #expect(same(ops.gradient, one.gradient), "\(label): gradient")
                    }
                }
            }
        }
    }

    /// The gradient against central differences, through the means as well as the terms.
    @Test func gradientMatchesFiniteDifferences() {
        let x = randomTensor(9, 8, seed: 733)
        let near = Mask(rows: 9, cols: 8) { ($0 + $1) % 2 == 0 }, far = !near
        let groups = [MaskedGroup(mask: near, map: Affine(scale: -1, offset: 0)), MaskedGroup(mask: far, map: Affine(scale: 1, offset: 0))]
        let error = gradientError(at: [x]) { v in
            let sums = v[0].maskedSums(of: SquaredHinge(), groups, shiftedByMeans: [0.9, -1.1])
            return sums[0].total * 0.7 + sums[1].total * -1.3
        }
        #expect(error < 1e-7, "\(error)")
    }
}
