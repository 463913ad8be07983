import Foundation
import MetricLab
import Testing

@Suite struct PairMarginMinerTests {
    typealias F = MiningFixtures

    /// Class 0 at 0 and 0.1, class 1 at 0.5 and 2 on a line.
    static let batch = MiningBatch(embeddings: F.line([0, 0.1, 0.5, 2]), labels: [0, 0, 1, 1])

    /// Positive pairs: 0.1 apart (within m⁺ = 0.2) and 1.5 apart (beyond). Negative pairs closer
    /// than m⁻ = 0.8: 0–2 (0.5) and 1–2 (0.4); 0–3 and 1–3 (2 and 1.9) are not.
    @Test func keepsThePairsViolatingTheMargins() {
        let (positive, negative) = PairMarginMiner(distance: F.plain).pairLists(Self.batch)
        #expect(positive == [[2, 3], [3, 2]])
        #expect(negative == [[0, 2], [1, 2], [2, 0], [2, 1]])
    }

    /// Margins 0.05 and 1.95 now take the close positive pair and the negative pair 1.9 apart.
    @Test func marginsAreParameters() {
        let (positive, negative) = PairMarginMiner.pairMargin(positive: 0.05, negative: 1.95, distance: F.plain).pairLists(Self.batch)
        #expect(positive == [[0, 1], [1, 0], [2, 3], [3, 2]])
        #expect(negative == [[0, 2], [1, 2], [1, 3], [2, 0], [2, 1], [3, 1]])
    }

    /// With a similarity the margins are similarities: positives less similar than m⁺, negatives
    /// more similar than m⁻. Unit vectors at 0°, 60° (class 0) and 30°, 120° (class 1).
    @Test func similaritiesTurnTheComparisonsRound() {
        let angles = [0.0, 60, 30, 120].map { $0 * .pi / 180 }
        let x = Tensor(angles.map { [cos($0), sin($0)] })
        let batch = MiningBatch(embeddings: x, labels: [0, 0, 1, 1])
        // cos 60° = 0.5 < 0.7: both positive pairs of class 0; class 1's are 90° apart (0), kept too.
        // Negatives more similar than 0.6: 0–30° (0.866), 60–30° (0.866), 60–120° (0.5, not kept).
        let (positive, negative) = PairMarginMiner(positiveMargin: 0.7, negativeMargin: 0.6, distance: CosineSimilarity()).pairLists(batch)
        #expect(positive == [[0, 1], [1, 0], [2, 3], [3, 2]])
        #expect(negative == [[0, 2], [1, 2], [2, 0], [2, 1]])
    }

    /// Against other references, pairs name reference rows and no example is dropped as itself.
    @Test func pairsIndexTheReferences() {
        let batch = MiningBatch(embeddings: F.line([0, 2]), labels: [0, 1], references: F.line([0.5, 1.9, 0.1]),
                                referenceLabels: [0, 0, 1], identity: [nil, nil])
        // Anchor at 0: positives 0.5 and 1.9 away (both beyond m⁺), its negative 0.1 away (within m⁻).
        // Anchor at 2: its positive 1.9 away (beyond m⁺); negatives 1.5 (not kept) and 0.1 away.
        let (positive, negative) = PairMarginMiner(distance: F.plain).pairLists(batch)
        #expect(positive == [[0, 0], [0, 1], [1, 2]])
        #expect(negative == [[0, 2], [1, 1]])
    }

    /// One class gives no negatives, classes of one no positives, a batch of one nothing.
    @Test func degenerateBatchesGiveOnlyThePairsTheyHave() throws {
        for batch in F.degenerate {
            let (positive, negative) = try PairMarginMiner(positiveMargin: -1, negativeMargin: 10).tuples(batch).pairs
            #expect(positive.count == F.list(PairIndices(batch.positiveMask)).count)
            #expect(negative.count == F.list(PairIndices(batch.negativeMask)).count)
        }
        #expect(try PairMarginMiner().tuples(F.degenerate[2]).count == 0)
    }

    /// A contrastive loss on the mined pairs: only the violating pairs carry terms.
    @Test func contrastiveOnMinedPairs() throws {
        let x = F.line([0, 0.1, 0.5, 2])
        let mined = try Contrastive(distance: F.plain).mined(by: PairMarginMiner(distance: F.plain))(x, labels: [0, 0, 1, 1])
        // Positive terms 1.5 twice; negative terms [1 − d]₊ = 0.5, 0.6, 0.5, 0.6; each kind averaged over its nonzero terms.
        #expect(abs(mined.scalar - (1.5 + 0.55)) < 1e-12)
    }
}
