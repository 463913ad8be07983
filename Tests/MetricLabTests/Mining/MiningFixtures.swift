import MetricLab

/// Small batches and readers shared by the miner tests.
enum MiningFixtures {
    /// Euclidean distance on the embeddings as given, so that hand-placed points keep their distances.
    static let plain = Euclidean(normalized: false)

    /// Points on the x-axis of the plane at the given positions.
    static func line(_ xs: [Double]) -> Tensor { Tensor(xs.map { [$0, 0] }) }

    /// Pairs as (anchor, other) tuples, in the miner's order.
    static func list(_ pairs: PairIndices) -> [[Int]] { zip(pairs.anchors, pairs.others).map { [$0, $1] } }

    /// Triplets as (anchor, positive, negative) tuples, in the miner's order.
    static func list(_ t: TripletIndices) -> [[Int]] { (0 ..< t.count).map { [t.anchors[$0], t.positives[$0], t.negatives[$0]] } }

    /// Batches with little to mine: one class, every class of one, a single example, and a class
    /// of one beside a pair.
    static let degenerate: [MiningBatch] = [
        MiningBatch(embeddings: Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), labels: [4, 4, 4]),
        MiningBatch(embeddings: Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), labels: [0, 1, 2]),
        MiningBatch(embeddings: Tensor([[0.3, -1]]), labels: [0]),
        MiningBatch(embeddings: Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), labels: [0, 0, 1]),
    ]
}

extension Miner {
    /// What the miner chooses from `batch`, drawing from a generator seeded with `seed`.
    func tuples(_ batch: MiningBatch, seed: UInt64 = 0) throws -> IndexTuples {
        var rng = RNG(seed: seed)
        return try mine(batch, using: &rng)
    }
}

extension PairMiner {
    /// The positive and negative pairs as lists of (anchor, other).
    func pairLists(_ batch: MiningBatch) -> (positive: [[Int]], negative: [[Int]]) {
        var rng = RNG(seed: 0)
        let (positive, negative) = pairs(in: batch, using: &rng)
        return (MiningFixtures.list(positive), MiningFixtures.list(negative))
    }
}

extension TripletMiner {
    /// The triplets as lists of (anchor, positive, negative).
    func tripletList(_ batch: MiningBatch, seed: UInt64 = 0) -> [[Int]] {
        var rng = RNG(seed: seed)
        return MiningFixtures.list(triplets(in: batch, using: &rng))
    }
}
