import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct TupletMarginTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[1, 0], [0.8, 0.5], [0, 1], [-0.4, 0.9], [0.6, -0.8], [-1, -0.2]])
    static let labels = [0, 0, 1, 1, 2, 2]

    static func cosine(_ i: Int, _ j: Int) -> Double {
        let u = F.normalized(x)
        return zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// log(1 + Σₙ exp(s(cos θₐₙ − cos(θₐₚ − β)))) for each positive pair, averaged.
    static func term(_ a: Int, _ p: Int, negatives: [Int], degrees: Double, scale: Double) -> Double {
        let narrowed = cos(acos(cosine(a, p)) - degrees * .pi / 180)
        return log(1 + negatives.reduce(0) { $0 + exp(scale * (cosine(a, $1) - narrowed)) })
    }

    @Test func allPairsByHand() throws {
        let terms = F.positivePairs(Self.labels).map { a, p in
            Self.term(a, p, negatives: Self.labels.indices.filter { Self.labels[$0] != Self.labels[a] }, degrees: 10, scale: 8)
        }
        #expect(try abs(TupletMargin(margin: 10, scale: 8)(Self.x, labels: Self.labels).scalar - F.mean(terms)) < 1e-12)
    }

    /// Mined pairs: a negative listed twice counts twice, and a positive pair whose anchor has no
    /// mined negative gives 0, still counted in the mean.
    @Test func minedPairsByHand() throws {
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [0, 2, 4], others: [1, 3, 5]),
                                       negative: PairIndices(anchors: [0, 0, 2], others: [3, 3, 4]))
        let expected = (Self.term(0, 1, negatives: [3, 3], degrees: 5.73, scale: 4) + Self.term(2, 3, negatives: [4], degrees: 5.73, scale: 4)) / 3
        let batch = LossBatch(Self.x, labels: Self.labels, tuples: tuples)
        #expect(try abs(TupletMargin(scale: 4)(batch).scalar - expected) < 1e-12)
    }

    /// As every PML pair loss, it gives 0 when neither kind of pair has more than one member.
    @Test func tooFewPairsGiveZero() throws {
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [0], others: [1]), negative: PairIndices(anchors: [0], others: [2]))
        #expect(try TupletMargin()(LossBatch(Self.x, labels: Self.labels, tuples: tuples)).scalar == 0)
    }

    @Test(arguments: [TupletMargin(), TupletMargin(margin: 20, scale: 4), TupletMargin(scale: 16, reducer: .meanOfPositive)])
    func gradientMatchesFiniteDifferences(loss: TupletMargin) throws {
        let x = randomTensor(12, 3, seed: 17, scale: 0.3) + Tensor([[0.2, 0.1, 0.3]])
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
        #expect(try gradientError(at: [x]) { try loss.mined(by: MultiSimilarityMiner(epsilon: 0.3))($0[0], labels: F.labels12) } < 1e-6)
        let r = randomTensor(6, 3, seed: 18)
        #expect(try gradientError(at: [x, r]) {
            try loss(LossBatch($0[0], labels: F.labels12, references: $0[1], referenceLabels: [0, 1, 2, 2, 1, 0]))
        } < 1e-6)
    }

    /// A positive pair of one direction (cos θ = 1) has PML's NaN gradient; here it stays finite,
    /// and the value is PML's: cos(0 − β) = cos β.
    @Test func duplicatePositivesAreFinite() throws {
        let x = Tensor([[1, 0], [2, 0], [0, 1], [0, 3]]), labels = [0, 0, 1, 1]
        let (value, gradients) = try valueWithGradient(at: [x]) { try TupletMargin(scale: 4)($0[0], labels: labels) }
        let beta = 5.73 * .pi / 180
        #expect(abs(value - log(1 + 2 * exp(4 * (0 - cos(beta))))) < 1e-12)
        #expect(gradients[0].scalars.allSatisfy { $0.isFinite })
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches + [(Tensor([[0.3, -1]]), [0])] {
            let (value, gradients) = try valueWithGradient(at: [x]) { try TupletMargin()($0[0], labels: labels) }
            #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
        }
        // One class has no negative pair, classes of one no positive pair: nothing to rank.
        #expect(try TupletMargin()(Self.x, labels: [1, 1, 1, 1, 1, 1]).scalar == 0)
        #expect(try TupletMargin()(Self.x, labels: [0, 1, 2, 3, 4, 5]).scalar == 0)
    }

    @Test func badReducerIsNamed() throws {
        let error = #expect(throws: LossError.self) { try TupletMargin(reducer: .divisor)(Self.x, labels: Self.labels) }
        #expect(error?.source == "divisor reducer")
    }
}
