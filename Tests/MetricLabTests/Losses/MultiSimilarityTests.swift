import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct MultiSimilarityTests {
    let labels = [0, 0, 1, 1, 2, 2]
    let x = randomTensor(6, 3, seed: 11)

    /// Three points: e₀ ⟂ e₁ (same class), e₂ at 45° from both (another class).
    @Test func valueByHand() throws {
        let points = Tensor([[2, 0], [0, 3], [1, 1]])
        let s = 1 / 2.0.squareRoot(), (a, b, l) = (2.0, 50.0, 0.5)
        let anchor0 = log(1 + exp(-a * (0 - l))) / a + log(1 + exp(b * (s - l))) / b
        let anchor2 = log(1 + 2 * exp(b * (s - l))) / b
        let expected = (2 * anchor0 + anchor2) / 3
        #expect(try abs(MultiSimilarity()(points, labels: [0, 0, 1]).scalar - expected) < 1e-12)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [MultiSimilarity(), MultiSimilarity.paper, MultiSimilarity(distance: Euclidean()),
                     MultiSimilarity(beta: 10, distance: Euclidean(squared: true, normalized: false)).mined(by: MultiSimilarityMiner(epsilon: 0.5, distance: Euclidean()))] as [any Loss] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
    }

    @Test func degenerateBatchesAreFinite() throws {
        for loss in [MultiSimilarity(), MultiSimilarity.paper] as [any Loss] {
            for labels in [[0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5], [3, 3, 3, 3, 3, 1]] {
                let (value, g) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
            }
        }
        // With one class and mining, no anchor has a negative, so nothing is mined.
        #expect(try MultiSimilarity.paper(x, labels: [0, 0, 0, 0, 0, 0]).scalar == 0)
    }

    /// Cosines along the unit circle: anchor 0 at 0°, its positives at 10° and 80°, negatives at
    /// 30° and 120°. With ε = 0.1: the 80° positive (cos 0.17) is below the nearest negative
    /// (cos 0.87) + ε, so it is kept, the 10° one (0.98) is not; the 30° negative (0.87) is above
    /// the farthest positive (0.17) − ε, so it is kept, the 120° one (−0.5) is not.
    @Test func minerKeepsTheInformativePairsOfAnAnchor() {
        let degrees = [0.0, 10, 80, 30, 120]
        let points = Tensor(degrees.map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        var rng = RNG(seed: 0)
        let pairs = MultiSimilarityMiner().pairs(in: MiningBatch(embeddings: points, labels: [0, 0, 0, 1, 1]), using: &rng)
        let (positives, negatives) = (pairs.positive.mask(rows: 5, cols: 5), pairs.negative.mask(rows: 5, cols: 5))
        #expect((0 ..< 5).map { positives[0, $0] } == [false, false, true, false, false])
        #expect((0 ..< 5).map { negatives[0, $0] } == [false, false, false, true, false])
        #expect(positives.entries.filter { $0.0 == 0 }.map(\.1) == [2])
        #expect(negatives.entries.filter { $0.0 == 0 }.map(\.1) == [3])
    }

    /// Mined masks become the index pairs a scatter draws as edges, row after row.
    @Test func maskEntriesAreIndexPairs() {
        let mask = Mask(rows: 2, cols: 3, bits: [false, true, false, true, false, true])
        #expect(mask.entries.map { [$0.0, $0.1] } == [[0, 1], [1, 0], [1, 2]])
    }
}
