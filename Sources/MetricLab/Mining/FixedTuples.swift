/// A miner that hands the loss the same given pairs or triplets on every batch: a loss studied as
/// a function of exactly those tuples (one anchor's pairs, a hand-picked triplet).
///
/// ```swift
/// let oneAnchor = FixedTuples(.pairs(positive: PairIndices(anchors: [0], others: [1]),
///                                    negative: PairIndices(anchors: [0, 0], others: [2, 3])))
/// let loss = Circle(reducer: .sum).mined(by: oneAnchor)
/// ```
public struct FixedTuples: Miner {
    /// The tuples every batch yields.
    public let tuples: IndexTuples

    /// A miner that always yields `tuples`.
    public init(_ tuples: IndexTuples) { self.tuples = tuples }

    public var name: String { "fixed tuples" }

    /// `tuples`, after checking that every index is a row of the batch.
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        let rows = batch.labels.count
        let indices: [Int]
        switch tuples {
        case let .pairs(positive, negative):
            indices = positive.anchors + positive.others + negative.anchors + negative.others
        case let .triplets(t):
            indices = t.anchors + t.positives + t.negatives
        }
        if let outside = indices.first(where: { $0 < 0 || $0 >= rows }) {
            throw MinerError(name, "index \(outside) is not a row of a batch of \(rows)")
        }
        return tuples
    }
}
