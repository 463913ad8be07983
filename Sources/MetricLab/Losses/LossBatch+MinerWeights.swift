extension LossBatch {
    /// How often each example appears in the mined tuples, over the count of the most frequent
    /// (0 for an example no tuple has), as PML's `convert_to_weights` weighs examples for the
    /// losses that take a miner without taking tuples; all 1 without tuples. With `anchorsOnly`
    /// only anchors count, as PML does when the references are not the embeddings.
    public func minerWeights(anchorsOnly: Bool) -> [Double] {
        guard let tuples, tuples.count > 0 else { return [Double](repeating: 1, count: labels.count) }
        let rows: [Int]
        switch tuples {
        case let .pairs(positive, negative):
            rows = anchorsOnly ? positive.anchors + negative.anchors
                : positive.anchors + positive.others + negative.anchors + negative.others
        case let .triplets(t):
            rows = anchorsOnly ? t.anchors : t.anchors + t.positives + t.negatives
        }
        var counts = [Double](repeating: 0, count: labels.count)
        for r in rows where r < counts.count { counts[r] += 1 }
        let most = counts.max() ?? 1
        return counts.map { $0 / most }
    }

    /// Per-example terms weighted by `minerWeights` when a miner chose tuples (PML's weighting for
    /// the classifier and proxy losses), unchanged otherwise.
    public func weightedByMiner(_ terms: Tensor, anchorsOnly: Bool = false) -> Tensor {
        guard tuples != nil else { return terms }
        let weights = minerWeights(anchorsOnly: anchorsOnly)
        return terms * Tensor(rows: weights.count, cols: 1, scalars: weights)
    }
}
