@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The open-interval mask against the predicate it stands for, on a matrix large enough to split
/// over cores, with the boundaries themselves, ±0, ±∞ and NaN among the values, through the
/// AVX-512 kernel (64 entries a step, then a tail), the AVX2 one (32) and the portable loops.
@Suite struct MaskIntervalTests {
    @Test(arguments: [(0, 5), (1, 7), (1, 32), (1, 64), (40, 33), (300, 301)])
    func intervalMaskMatchesThePredicate(rows: Int, cols: Int) {
        var values = randomTensor(rows, cols, seed: 41, scale: 2).scalars
        let specials = [0.8, 1.2, -0.0, 0.0, .infinity, -.infinity, .nan, -.nan]
        for t in values.indices where t % 5 == 0 { values[t] = specials[(t / 5) % specials.count] }
        let x = Tensor(rows: rows, cols: cols, scalars: values)
        let within = Mask(rows: rows, cols: cols) { i, j in (i * 7 + j * 3) % 4 != 0 }
        for (lower, upper) in [(0.8, nil), (0.0, 1.2), (-Double.infinity, 1.2), (0.8, Double.infinity), (1.2, 0.8), (0.0, Double.nan)] as [(Double, Double?)] {
            let expected = Mask(x, within: within) { v in v > lower && (upper.map { v < $0 } ?? true) }
            #expect(Mask(x, within: within, above: lower, below: upper) == expected, "(\(lower), \(String(describing: upper)))")
            for kernel in [GEMM.Kernel.portable, .avx2, .avx512] where kernel == .portable || kernel == GEMM.kernel || GEMM.kernel == .avx512 {
                #expect(Mask(x, within: within, above: lower, below: upper, kernel: kernel) == expected, "\(kernel)")
            }
        }
    }
}
