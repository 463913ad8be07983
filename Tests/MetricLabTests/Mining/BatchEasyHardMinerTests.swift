import Foundation
import MetricLab
import Testing

@Suite struct BatchEasyHardMinerTests {
    typealias F = MiningFixtures
    typealias S = BatchEasyHardMiner.Strategy

    /// Class 0 at 0, 0.2, 1; class 1 at 0.5, 1.5, 3. Anchor 0's positives are 0.2 (row 1) and 1
    /// (row 2) away, its negatives 0.5 (row 3), 1.5 (row 4) and 3 (row 5).
    static let batch = MiningBatch(embeddings: F.line([0, 0.2, 1, 0.5, 1.5, 3]), labels: [0, 0, 0, 1, 1, 1])

    /// Anchor 0's pairs under a miner.
    func anchorZero(_ miner: BatchEasyHardMiner, in batch: MiningBatch = batch) -> (positives: [Int], negatives: [Int]) {
        let (positive, negative) = miner.pairLists(batch)
        return (positive.filter { $0[0] == 0 }.map { $0[1] }, negative.filter { $0[0] == 0 }.map { $0[1] })
    }

    /// Easy: nearest positive (row 1), farthest negative (row 5). Hard: farthest positive (row 2),
    /// nearest negative (row 3). Semi-hard negative: the nearest farther than the chosen positive
    /// (0.5 beyond 0.2; 1.5 beyond 1). Semi-hard positive: the farthest nearer than the chosen
    /// negative (1 within 3; 0.2 within 0.5). All: every pair of that side.
    @Test(arguments: [
        (S.easy, S.easy, [1], [5]), (.easy, .semiHard, [1], [3]), (.easy, .hard, [1], [3]), (.easy, .all, [1], [3, 4, 5]),
        (.semiHard, .easy, [2], [5]), (.semiHard, .hard, [1], [3]),
        (.hard, .easy, [2], [5]), (.hard, .semiHard, [2], [4]), (.hard, .hard, [2], [3]), (.hard, .all, [2], [3, 4, 5]),
        (.all, .easy, [1, 2], [5]), (.all, .hard, [1, 2], [3]), (.all, .all, [1, 2], [3, 4, 5]),
    ])
    func everyAllowedCombination(positives: S, negatives: S, expectedPositives: [Int], expectedNegatives: [Int]) throws {
        let miner = try BatchEasyHardMiner(positives: positives, negatives: negatives, distance: F.plain)
        let (p, n) = anchorZero(miner)
        #expect(p == expectedPositives)
        #expect(n == expectedNegatives)
    }

    /// Hard positives with semi-hard negatives over the whole batch: the anchors at 0.5 and 1.5 have
    /// no negative strictly beyond their farthest positive (2.5 away; 1.5 away, with a negative at
    /// exactly 1.5) and give no pairs.
    @Test func anchorsWithoutASemiHardNegativeAreDropped() throws {
        let (positive, negative) = try BatchEasyHardMiner(positives: .hard, negatives: .semiHard, distance: F.plain).pairLists(Self.batch)
        #expect(positive == [[0, 2], [1, 2], [2, 0], [5, 3]])
        #expect(negative == [[0, 4], [1, 4], [2, 5], [5, 1]])
    }

    /// Ranges bound the raw distances a strategy picks from; `.all` ignores them, as in PML.
    @Test func rangesBoundTheCandidates() throws {
        let ranged = try BatchEasyHardMiner(positives: .hard, negatives: .hard, allowedPositiveRange: 0.1 ... 0.5,
                                            allowedNegativeRange: 1 ... 2, distance: F.plain)
        #expect(anchorZero(ranged) == ([1], [4]))
        let all = try BatchEasyHardMiner(positives: .all, negatives: .hard, allowedPositiveRange: 5 ... 6, distance: F.plain)
        #expect(anchorZero(all) == ([1, 2], [3]))
        let none = try BatchEasyHardMiner(positives: .easy, negatives: .hard, allowedNegativeRange: 5 ... 6, distance: F.plain)
        #expect(none.pairLists(Self.batch).positive.isEmpty)
    }

    /// Equal distances go to the lower row: positives at 1 twice (rows 1, 2), negatives at 2 twice (rows 3, 4).
    @Test func tiesGoToTheFirstRow() throws {
        let batch = MiningBatch(embeddings: F.line([0, 1, 1, 2, 2]), labels: [0, 0, 0, 1, 1])
        for (positives, negatives) in [(S.hard, S.hard), (.easy, .easy), (.easy, .semiHard)] {
            let miner = try BatchEasyHardMiner(positives: positives, negatives: negatives, distance: F.plain)
            #expect(anchorZero(miner, in: batch) == ([1], [3]))
        }
    }

    /// With a similarity, easy means most similar for a positive and least similar for a negative.
    /// Anchor at 0°; positives at 10° and 80°; negatives at 40° and 170°.
    @Test func similaritiesChooseByTheirOwnOrder() throws {
        let angles = [0.0, 10, 80, 40, 170].map { $0 * .pi / 180 }
        let batch = MiningBatch(embeddings: Tensor(angles.map { [cos($0), sin($0)] }), labels: [0, 0, 0, 1, 1])
        func chosen(_ p: S, _ n: S, negativeRange: ClosedRange<Double>? = nil) throws -> ([Int], [Int]) {
            anchorZero(try BatchEasyHardMiner(positives: p, negatives: n, allowedNegativeRange: negativeRange,
                                              distance: CosineSimilarity()), in: batch)
        }
        #expect(try chosen(.easy, .easy) == ([1], [4]))
        #expect(try chosen(.hard, .hard) == ([2], [3]))
        // Semi-hard: less similar than the positive at 10° (cos 10° ≈ 0.98) is 40°; than 80°, only 170°.
        #expect(try chosen(.easy, .semiHard) == ([1], [3]))
        #expect(try chosen(.hard, .semiHard) == ([2], [4]))
        // A similarity range: the negative at 40° (cos ≈ 0.77) is outside [−1, 0.5].
        #expect(try chosen(.hard, .hard, negativeRange: -1 ... 0.5) == ([2], [4]))
    }

    /// Against other references, the chosen rows are reference rows.
    @Test func choicesIndexTheReferences() throws {
        let batch = MiningBatch(embeddings: F.line([0, 3]), labels: [0, 1], references: F.line([0.2, 1, 0.5, 2.5]),
                                referenceLabels: [0, 0, 1, 1], identity: [nil, nil])
        let (positive, negative) = try BatchEasyHardMiner(positives: .hard, negatives: .hard, distance: F.plain).pairLists(batch)
        #expect(positive == [[0, 1], [1, 2]])
        #expect(negative == [[0, 2], [1, 1]])
    }

    /// Semi-hard on both sides, or with `.all`, is refused as PML refuses it.
    @Test(arguments: [(S.semiHard, S.semiHard, "positives and negatives cannot both be semi-hard"),
                      (.semiHard, .all, "semi-hard cannot be combined with all"),
                      (.all, .semiHard, "semi-hard cannot be combined with all")])
    func disallowedCombinationsThrow(positives: S, negatives: S, message: String) {
        do {
            _ = try BatchEasyHardMiner(positives: positives, negatives: negatives)
            Issue.record("\(positives)/\(negatives) was accepted")
        } catch let error as MinerError {
            #expect(error.message.hasPrefix(message))
        } catch {
            Issue.record("\(error)")
        }
    }

    /// No anchor has both a positive and a negative: nothing, unless `.all` lists a side on its own.
    @Test func degenerateBatchesGiveNoTriplets() throws {
        for batch in F.degenerate.prefix(3) {
            #expect(try BatchEasyHardMiner.easyPositives.tuples(batch).count == 0)
            #expect(try BatchEasyHardMiner(positives: .hard, negatives: .hard).tuples(batch).count == 0)
        }
        let oneClass = try BatchEasyHardMiner(positives: .all, negatives: .hard).tuples(F.degenerate[0]).pairs
        #expect(oneClass.positive.count == 6 && oneClass.negative.count == 0)
    }

    /// A triplet loss reads the pairs (a, p*), (a, n*) as one triplet per anchor.
    @Test func tripletLossesReadOneTripletPerAnchor() throws {
        let tuples = try BatchEasyHardMiner(positives: .hard, negatives: .semiHard, distance: F.plain).tuples(Self.batch)
        #expect(F.list(tuples.triplets) == [[0, 2, 4], [1, 2, 4], [2, 0, 5], [5, 3, 1]])
    }
}
