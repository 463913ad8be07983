import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct ThresholdConsistentMarginTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[1, 0], [0.8, 0.5], [0.2, 1], [0, 1], [-0.4, 0.9], [0.6, -0.8], [-1, -0.2]])
    static let labels = [0, 0, 0, 1, 1, 2, 2]

    static func cosine(_ p: (Int, Int)) -> Double {
        let u = F.normalized(x)
        return zip(u.row(p.0), u.row(p.1)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// λ⁺ times the mean of m⁺ − s over positives with s ≤ m⁺, plus λ⁻ times the mean of s − m⁻
    /// over negatives with s ≥ m⁻.
    static func expected(_ positives: [Double], _ negatives: [Double], _ loss: ThresholdConsistentMargin) -> Double {
        let hardPositives = positives.filter { $0 <= loss.positiveMargin }.map { loss.positiveMargin - $0 }
        let hardNegatives = negatives.filter { $0 >= loss.negativeMargin }.map { $0 - loss.negativeMargin }
        return loss.positiveWeight * (hardPositives.isEmpty ? 0 : F.mean(hardPositives))
            + loss.negativeWeight * (hardNegatives.isEmpty ? 0 : F.mean(hardNegatives))
    }

    @Test func allPairsByHand() throws {
        let loss = ThresholdConsistentMargin(positiveWeight: 0.5, negativeWeight: 2, positiveMargin: 0.9, negativeMargin: 0.1)
        let positives = F.positivePairs(Self.labels).map(Self.cosine), negatives = F.negativePairs(Self.labels).map(Self.cosine)
        #expect(positives.contains { $0 > 0.9 } && positives.contains { $0 <= 0.9 } && negatives.contains { $0 < 0.1 })
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - Self.expected(positives, negatives, loss)) < 1e-12)
    }

    /// Mined pairs count as listed, duplicates twice.
    @Test func minedPairsByHand() throws {
        let positive = [(0, 1), (0, 2), (0, 2), (3, 4)], negative = [(0, 3), (0, 3), (5, 4), (6, 1)]
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: positive.map(\.0), others: positive.map(\.1)),
                                       negative: PairIndices(anchors: negative.map(\.0), others: negative.map(\.1)))
        let loss = ThresholdConsistentMargin.paper
        let expected = Self.expected(positive.map(Self.cosine), negative.map(Self.cosine), loss)
        #expect(try abs(loss(LossBatch(Self.x, labels: Self.labels, tuples: tuples)).scalar - expected) < 1e-12)
    }

    /// Without hard pairs there is nothing to penalise.
    @Test func easyPairsGiveZero() throws {
        let loss = ThresholdConsistentMargin(positiveMargin: -1.5, negativeMargin: 1.5)
        #expect(try loss(Self.x, labels: Self.labels).scalar == 0)
    }

    @Test(arguments: [ThresholdConsistentMargin(), ThresholdConsistentMargin(positiveWeight: 0.3, negativeWeight: 3, positiveMargin: 0.5, negativeMargin: -0.2)])
    func gradientMatchesFiniteDifferences(loss: ThresholdConsistentMargin) throws {
        let x = randomTensor(12, 3, seed: 23)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
        #expect(try gradientError(at: [x]) { try loss.mined(by: .hard)($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches + [(Tensor([[0.3, -1]]), [0])] {
            let (value, gradients) = try valueWithGradient(at: [x]) { try ThresholdConsistentMargin()($0[0], labels: labels) }
            #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
        }
    }

    /// PML's TCM reads no references: a batch against others is refused rather than misread.
    @Test func refusesReferences() throws {
        let batch = LossBatch(views: Self.x, Self.x * 2)
        let error = #expect(throws: LossError.self) { try ThresholdConsistentMargin()(batch) }
        #expect(error?.message == "compares a batch with itself only, as PML's does; it takes no references")
    }
}
