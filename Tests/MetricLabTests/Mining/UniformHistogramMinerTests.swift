import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct UniformHistogramMinerTests {
    typealias F = MiningFixtures
    typealias Bins = UniformHistogramMiner.Bins

    @Test func edgesSplitTheRangeEvenly() {
        #expect(Bins(low: 0, high: 1, count: 4).edges == [0, 0.25, 0.5, 0.75, 1])
        // torch's linspace: from the start in the first half, from the end in the second.
        let step = (0.7 - 0.1) / 3
        #expect(Bins(low: 0.1, high: 0.7, count: 3).edges == [0.1, 0.1 + step, 0.7 - step, 0.7])
    }

    /// A bin holds its lower edge and not its upper one; the last holds both.
    @Test func binsAreHalfOpenButTheLast() {
        let bins = Bins(low: 0, high: 1, count: 4)
        #expect([0, 0.2499, 0.25, 0.5, 0.74, 0.75, 0.9999, 1].map(bins.index(of:)) == [0, 0, 1, 2, 2, 3, 3, 3])
        #expect(Bins(low: 0.3, high: 0.3, count: 10).index(of: 0.3) == 9)
    }

    /// The index agrees with the edges themselves, where a division by the bin width could round
    /// the other way: every edge falls in the bin it opens, the value just below it in the one before.
    @Test(arguments: [(0.1, 0.7, 3), (0.123, 1.987, 100), (-0.4, 0.93, 7), (0.05, 1.95, 64)])
    func indexFollowsTheEdges(low: Double, high: Double, count: Int) {
        let bins = Bins(low: low, high: high, count: count)
        for i in 0 ..< count {
            #expect(bins.index(of: bins.edges[i]) == i)
            if i > 0 { #expect(bins.index(of: bins.edges[i].nextDown) == i - 1) }
        }
        #expect(bins.index(of: high) == count - 1)
    }

    /// Twelve points in three classes, in ℝ³.
    static let batch = MiningBatch(embeddings: randomTensor(12, 3, seed: 3), labels: (0 ..< 12).map { $0 % 3 })

    /// Each kind's pairs grouped by bin as PML does, bin i holding values in [eᵢ, eᵢ₊₁), the last bin
    /// its upper edge too: the pairs' positions in row-by-row order.
    static func groups(_ pairs: PairIndices, bins count: Int) -> [[Int]] {
        let d = Euclidean().matrix(batch.embeddings)
        let values = (0 ..< pairs.count).map { d[pairs.anchors[$0], pairs.others[$0]] }
        let edges = Bins(low: values.min() ?? 0, high: values.max() ?? 0, count: count).edges
        return (0 ..< count).map { i in
            values.indices.filter { edges[i] <= values[$0] && (i == count - 1 ? values[$0] <= edges[i + 1] : values[$0] < edges[i + 1]) }
        }
    }

    /// `perBin` draws from each nonempty bin in ascending order, each from its own bin.
    @Test func drawsTheSameNumberFromEveryNonemptyBin() throws {
        let miner = UniformHistogramMiner(bins: 6, positivesPerBin: 3, negativesPerBin: 2)
        let (positive, negative) = try miner.tuples(Self.batch).pairs
        for (pairs, all, perBin) in [(positive, PairIndices(Self.batch.positiveMask), 3), (negative, PairIndices(Self.batch.negativeMask), 2)] {
            let groups = Self.groups(all, bins: 6).filter { !$0.isEmpty }
            #expect(pairs.count == perBin * groups.count)
            let drawn = F.list(pairs), members = groups.map { $0.map { [all.anchors[$0], all.others[$0]] } }
            for (k, group) in members.enumerated() {
                #expect(drawn[k * perBin ..< (k + 1) * perBin].allSatisfy(group.contains))
            }
        }
    }

    /// Within a bin, pairs are drawn uniformly: counts over many calls against
    /// calls · perBin / |bin| for each pair, by a χ² test at the 0.1% level.
    @Test func drawsAreUniformWithinABin() throws {
        let miner = UniformHistogramMiner(bins: 4, positivesPerBin: 5, negativesPerBin: 5)
        let all = PairIndices(Self.batch.negativeMask), groups = Self.groups(all, bins: 4)
        var counts = [[Int]: Int]()
        var rng = RNG(seed: 77)
        let calls = 2000
        for _ in 0 ..< calls {
            for pair in F.list(try miner.mine(Self.batch, using: &rng).pairs.negative) { counts[pair, default: 0] += 1 }
        }
        var (statistic, freedom) = (0.0, 0)
        for group in groups where group.count > 1 {
            let pairs = group.map { [all.anchors[$0], all.others[$0]] }
            statistic += chiSquareStatistic(observed: pairs.map { counts[$0] ?? 0 },
                                            expected: pairs.map { _ in Double(calls * 5) / Double(group.count) })
            freedom += group.count - 1
        }
        #expect(freedom > 20)
        let critical = chiSquareCriticalValue(degreesOfFreedom: freedom, significance: 0.001)
        #expect(statistic < critical, "χ² = \(statistic) with \(freedom) degrees of freedom, critical \(critical)")
    }

    /// A similarity is binned by its raw values, the pairs of one kind all lying in the range.
    @Test func similaritiesAreBinnedToo() throws {
        let (positive, negative) = try UniformHistogramMiner(bins: 3, positivesPerBin: 2, negativesPerBin: 2,
                                                             distance: CosineSimilarity()).tuples(Self.batch).pairs
        #expect(positive.count > 0 && positive.count % 2 == 0 && negative.count > 0)
        #expect(zip(positive.anchors, positive.others).allSatisfy { Self.batch.labels[$0] == Self.batch.labels[$1] && $0 != $1 })
    }

    /// Pairs of equal distance share the last bin: two examples give one bin of positives.
    @Test func equalDistancesShareOneBin() throws {
        let batch = MiningBatch(embeddings: Tensor([[0, 1], [1, 0]]), labels: [0, 0])
        let (positive, negative) = try UniformHistogramMiner(bins: 10, positivesPerBin: 4).tuples(batch).pairs
        #expect(positive.count == 4 && negative.count == 0)
    }

    @Test func pairsIndexTheReferences() throws {
        let batch = MiningBatch(embeddings: randomTensor(3, 2, seed: 1), labels: [0, 1, 0], references: randomTensor(5, 2, seed: 2),
                                referenceLabels: [1, 0, 0, 1, 1], identity: [nil, nil, nil])
        let (positive, negative) = try UniformHistogramMiner(bins: 3).tuples(batch).pairs
        #expect(zip(positive.anchors, positive.others).allSatisfy { batch.labels[$0] == batch.referenceLabels[$1] })
        #expect(zip(negative.anchors, negative.others).allSatisfy { batch.labels[$0] != batch.referenceLabels[$1] })
        #expect(positive.count > 0 && negative.count > 0)
    }

    @Test func badConfigurationsThrow() {
        #expect(throws: MinerError("uniform histogram", "needs at least one bin, not 0")) {
            try UniformHistogramMiner(bins: 0).tuples(Self.batch)
        }
        #expect(throws: MinerError("uniform histogram", "cannot draw a negative number of pairs per bin (-1 positive, 10 negative)")) {
            try UniformHistogramMiner(positivesPerBin: -1).tuples(Self.batch)
        }
    }

    /// One class gives only positives, classes of one only negatives, a batch of one nothing.
    @Test func degenerateBatchesGiveOnlyThePairsTheyHave() throws {
        let counts = try F.degenerate.prefix(3).map { batch in
            let (positive, negative) = try UniformHistogramMiner().tuples(batch).pairs
            return [positive.count > 0, negative.count > 0]
        }
        #expect(counts == [[true, false], [false, true], [false, false]])
    }
}
