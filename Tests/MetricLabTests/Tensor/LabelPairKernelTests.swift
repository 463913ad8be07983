@testable import MetricLab
import Testing

/// Label-pair masks built sixteen codes at a time (AVX-512) against the loop and against the rule
/// itself: the same bits for same and different labels, with and without the diagonal, on sizes
/// that leave a tail and split over cores.
@Suite struct LabelPairKernelTests {
    @Test(arguments: [1, 2, 15, 16, 17, 33, 300])
    func vectorMasksGiveTheLoopsBits(n: Int) {
        let labels = (0 ..< n).map { ($0 * 7919) % 5 == 0 ? -3 : ($0 * 31) % 4 + 1_000_000_000_000 }
        for (same, diagonal) in [(true, true), (true, false), (false, false)] {
            let loop = Mask.labelPairs(labels, same: same, diagonal: diagonal, kernel: .portable)
            let rule = Mask(rows: n, cols: n) { i, j in i == j ? same && diagonal : (labels[i] == labels[j]) == same }
            #expect(loop == rule)
            guard GEMM.kernel == .avx512 else { continue }
            #expect(Mask.labelPairs(labels, same: same, diagonal: diagonal, kernel: .avx512) == loop, "n \(n), same \(same), diagonal \(diagonal)")
        }
    }
}
