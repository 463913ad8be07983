import MetricLab
import Testing

@Suite struct FixedTuplesTests {
    /// Whatever the batch, the miner yields its tuples, and a loss mined by it sees only them.
    @Test func yieldsItsTuplesAndTheLossSeesOnlyThem() throws {
        let oneAnchor = IndexTuples.pairs(positive: PairIndices(anchors: [0], others: [1]),
                                          negative: PairIndices(anchors: [0], others: [2]))
        let points = Tensor([[1, 0], [0, 1], [0.6, 0.8], [0.8, 0.6]])
        let labels = [0, 0, 1, 1]
        var rng = RNG(seed: 0)
        #expect(try FixedTuples(oneAnchor).mine(MiningBatch(embeddings: points, labels: labels), using: &rng) == oneAnchor)
        // Unit rows, so the distance's normalisation changes nothing: d(a, p) = √2, d(a, n) = √0.8,
        // a loss of √2 − √0.8 + 0.2; point 3, a harder negative (d = √0.4), is never paired.
        let loss = Triplet(margin: 0.2, reducer: .sum).mined(by: FixedTuples(oneAnchor))
        let value = try loss(points, labels: labels)
        #expect(abs(value.scalars[0] - (2.0.squareRoot() - 0.8.squareRoot() + 0.2)) < 1e-12)
    }

    /// An index past the batch is an error naming it, not a crash inside the loss.
    @Test func anIndexOutsideTheBatchIsAnError() {
        let tuples = IndexTuples.triplets(TripletIndices(anchors: [0], positives: [1], negatives: [5]))
        var rng = RNG(seed: 0)
        #expect(throws: MinerError("fixed tuples", "index 5 is not a row of a batch of 3")) {
            try FixedTuples(tuples).mine(MiningBatch(embeddings: Tensor([[0, 0], [1, 0], [2, 0]]), labels: [0, 0, 1]),
                                         using: &rng)
        }
    }
}
