@testable import MetricLab
import Testing

/// Label-pair masks built sixteen codes at a time (AVX-512) and thirty-two (AVX2) against the loop and against the rule
/// itself: the same bits for same and different labels, with and without the diagonal, on sizes
/// that leave a tail and split over cores; and between a batch and other references (a
/// cross-batch memory), each example's own reference left out of its positives.
@Suite struct LabelPairKernelTests {
    @Test(arguments: [1, 2, 15, 16, 17, 31, 32, 33, 65, 300])
    func vectorMasksGiveTheLoopsBits(n: Int) {
        let labels = (0 ..< n).map { ($0 * 7919) % 5 == 0 ? -3 : ($0 * 31) % 4 + 1_000_000_000_000 }
        for (same, diagonal) in [(true, true), (true, false), (false, false)] {
            let loop = Mask.labelPairs(labels, same: same, diagonal: diagonal, kernel: .portable)
            let rule = Mask(rows: n, cols: n) { i, j in i == j ? same && diagonal : (labels[i] == labels[j]) == same }
            #expect(loop == rule)
            for kernel in [GEMM.Kernel.avx2, .avx512] where kernel == .avx2 ? GEMM.kernel != .portable : GEMM.kernel == .avx512 {
                #expect(Mask.labelPairs(labels, same: same, diagonal: diagonal, kernel: kernel) == loop,
                        "\(kernel), n \(n), same \(same), diagonal \(diagonal)")
            }
        }
    }

    @Test(arguments: [(2, 8), (17, 40), (300, 257)])
    func referencePairsFollowTheRule(rows: Int, columns: Int) throws {
        let labels = (0 ..< rows).map { ($0 * 31) % 4 }, references = (0 ..< columns).map { $0 % 7 == 0 ? 9 : ($0 * 13) % 5 }
        // Every third example is among the references, at a column whose label it shares.
        let identity: [Int?] = labels.indices.map { i in i % 3 == 0 ? references.firstIndex(of: labels[i]) : nil }
        let embeddings = Tensor(rows: rows, cols: 1, scalars: [Double](repeating: 0, count: rows))
        let batch = LossBatch(embeddings, labels: labels, references: Tensor(rows: columns, cols: 1, scalars: [Double](repeating: 0, count: columns)),
                              referenceLabels: references, identity: identity)
        let positive = Mask(rows: rows, cols: columns) { i, j in labels[i] == references[j] && identity[i] != j }
        let negative = Mask(rows: rows, cols: columns) { i, j in labels[i] != references[j] }
        #expect(batch.positiveMask == positive && batch.negativeMask == negative)
        #expect(identity.contains { $0 != nil } && positive.count > 0 && negative.count > 0)
        for kernel in [GEMM.Kernel.portable, GEMM.kernel] {
            let own = Mask.labelPairs(rows: labels, columns: references, same: true, own: { identity[$0] }, ownSet: false, kernel: kernel)
            #expect(own == positive, "\(kernel)")
        }
    }
}
