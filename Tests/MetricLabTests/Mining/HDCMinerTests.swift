import Foundation
import MetricLab
import Testing

@Suite struct HDCMinerTests {
    typealias F = MiningFixtures

    /// Class 0 at 0, 0.3, 1; class 1 at 2, 2.5. Positive pairs 0.3, 1, 0.7 (and their reverses)
    /// and 0.5 apart; negative pairs between 1 and 2.5 apart.
    static let batch = MiningBatch(embeddings: F.line([0, 0.3, 1, 2, 2.5]), labels: [0, 0, 0, 1, 1])

    /// Half of the 8 positive pairs, the farthest (1, 1, 0.7, 0.7), and half of the 12 negative
    /// pairs, the closest (1, 1, 1.5, 1.5, 1.7, 1.7), in their given order.
    @Test func keepsTheHardestHalf() {
        let (positive, negative) = HDCMiner(distance: F.plain).pairLists(Self.batch)
        #expect(positive == [[0, 2], [1, 2], [2, 0], [2, 1]])
        #expect(negative == [[1, 3], [2, 3], [2, 4], [3, 1], [3, 2], [4, 2]])
    }

    /// ⌈0.3 · 8⌉ = 3 positives: a tie at the cut (0.7 twice) keeps the earlier pair; ⌈0.3 · 12⌉ = 4 negatives.
    @Test func keepsTheCeilingOfTheShareAndEarlierTies() {
        let (positive, negative) = HDCMiner.hdc(keeping: 0.3, distance: F.plain).pairLists(Self.batch)
        #expect(positive == [[0, 2], [1, 2], [2, 0]])
        #expect(negative == [[2, 3], [2, 4], [3, 2], [4, 2]])
    }

    /// Given tuples are filtered instead of the batch's pairs: triplets as their pairs, duplicates kept.
    @Test func filtersTheTuplesItIsGiven() {
        var batch = Self.batch
        batch.tuples = .triplets(TripletIndices(anchors: [0, 0, 2], positives: [1, 1, 0], negatives: [3, 4, 3]))
        // Positive pairs 0.3, 0.3, 1: the 1 and the first 0.3. Negative pairs 2, 2.5, 1: 1 and 2.
        let (positive, negative) = HDCMiner(distance: F.plain).pairLists(batch)
        #expect(positive == [[0, 1], [2, 0]])
        #expect(negative == [[0, 3], [2, 3]])
    }

    /// Mined inside another miner, HDC filters what the outer one chose (the cascade of the paper).
    @Test func cascadesAfterAnotherMiner() throws {
        let x = F.line([0, 0.3, 1, 2, 2.5]), labels = [0, 0, 0, 1, 1]
        let loss = Contrastive(distance: F.plain)
        let outer = PairMarginMiner(positiveMargin: 0.4, negativeMargin: 1.8, distance: F.plain)
        let cascade = try loss.mined(by: HDCMiner(distance: F.plain)).mined(by: outer)(x, labels: labels)
        var chosen = MiningBatch(embeddings: x, labels: labels)
        chosen.tuples = try outer.tuples(chosen)
        let expected = try loss(LossBatch(x, labels: labels, tuples: try HDCMiner(distance: F.plain).tuples(chosen)))
        #expect(cascade.scalar == expected.scalar)
        // Filtering mattered: HDC on the whole batch keeps other pairs.
        #expect(try loss.mined(by: HDCMiner(distance: F.plain))(x, labels: labels).scalar != expected.scalar)
    }

    /// Against other references, the pairs are (example, reference) and none is dropped as itself.
    @Test func pairsIndexTheReferences() {
        let batch = MiningBatch(embeddings: F.line([0, 2]), labels: [0, 1], references: F.line([0.5, 1.9, 0.1]),
                                referenceLabels: [0, 0, 1], identity: [nil, nil])
        // Positive pairs 0.5, 1.9 and 1.9 apart: the two farthest; negative pairs 0.1, 1.5, 0.1: the two closest.
        let (positive, negative) = HDCMiner(distance: F.plain).pairLists(batch)
        #expect(positive == [[0, 1], [1, 2]])
        #expect(negative == [[0, 2], [1, 1]])
    }

    /// The kept pairs are exactly the ⌈f·K⌉ hardest, against a sort, on a random batch.
    @Test func keepsTheTopOfASort() {
        let x = randomBatch()
        let batch = MiningBatch(embeddings: x, labels: (0 ..< 30).map { $0 % 4 })
        let d = Euclidean().matrix(x)
        let miner = HDCMiner(fraction: 0.37)
        let (positive, negative) = miner.pairLists(batch)
        func top(_ pairs: PairIndices, farthest: Bool) -> Set<[Int]> {
            let sorted = F.list(pairs).sorted { farthest ? d[$0[0], $0[1]] > d[$1[0], $1[1]] : d[$0[0], $0[1]] < d[$1[0], $1[1]] }
            return Set(sorted.prefix(Int((0.37 * Double(pairs.count)).rounded(.up))))
        }
        // Symmetric pairs tie; the comparison is on distances, which a swap of twins leaves equal.
        let keptPositive = positive.map { d[$0[0], $0[1]] }.sorted()
        let keptNegative = negative.map { d[$0[0], $0[1]] }.sorted()
        #expect(keptPositive == top(PairIndices(batch.positiveMask), farthest: true).map { d[$0[0], $0[1]] }.sorted())
        #expect(keptNegative == top(PairIndices(batch.negativeMask), farthest: false).map { d[$0[0], $0[1]] }.sorted())
    }

    /// With a similarity the hardest positives are the least similar and the hardest negatives the most.
    @Test func similaritiesKeepTheirOwnHardest() {
        let angles = [0.0, 20, 90, 30, 150].map { $0 * .pi / 180 }
        let batch = MiningBatch(embeddings: Tensor(angles.map { [cos($0), sin($0)] }), labels: [0, 0, 0, 1, 1])
        let (positive, negative) = HDCMiner(fraction: 0.2, distance: CosineSimilarity()).pairLists(batch)
        // ⌈0.2 · 8⌉ = 2 positives: 30°–150° both ways (cos 120°); ⌈0.2 · 12⌉ = 3 negatives: 20°–30°
        // both ways (cos 10°), then the first of the two 0°–30° pairs (cos 30°).
        #expect(positive == [[3, 4], [4, 3]])
        #expect(negative == [[0, 3], [1, 3], [3, 1]])
    }

    @Test func wholeAndEmptyShares() {
        let all = HDCMiner(fraction: 1, distance: F.plain).pairLists(Self.batch)
        #expect(all.positive.count == 8 && all.negative.count == 12)
        let none = HDCMiner(fraction: 0, distance: F.plain).pairLists(Self.batch)
        #expect(none.positive.isEmpty && none.negative.isEmpty)
    }

    @Test(arguments: [1.5, -0.1, .nan])
    func aShareOutsideZeroToOneThrows(fraction: Double) {
        #expect(throws: MinerError(HDCMiner(fraction: fraction).name, "the fraction of pairs kept must lie in [0, 1], not \(fraction)")) {
            try HDCMiner(fraction: fraction).tuples(Self.batch)
        }
    }

    @Test func degenerateBatchesKeepWhatTheyHave() throws {
        for batch in F.degenerate {
            let (positive, negative) = try HDCMiner().tuples(batch).pairs
            let (allPositive, allNegative) = (PairIndices(batch.positiveMask).count, PairIndices(batch.negativeMask).count)
            #expect(positive.count == Int((0.5 * Double(allPositive)).rounded(.up)))
            #expect(negative.count == Int((0.5 * Double(allNegative)).rounded(.up)))
        }
    }

    /// Thirty points in 5 dimensions.
    func randomBatch() -> Tensor {
        var rng = RNG(seed: 41)
        return rng.gaussian(rows: 30, cols: 5)
    }
}
