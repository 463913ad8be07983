/// The class proxies of Proxy-NCA and Proxy-Anchor: a classes×embedding matrix, a proxy a row
/// (pytorch-metric-learning's layout, so its fixtures' `proxies` load as they are).
enum Proxies {
    /// The proxies in `parameters`, after checking that they fit the batch.
    static func checked(_ parameters: LossParameters, _ batch: LossBatch, loss: String) throws -> Tensor {
        let proxies = try parameters.require(.proxies, by: loss)
        guard proxies.cols == batch.embeddings.cols else {
            throw LossError(loss, "proxies have \(proxies.cols) columns but embeddings have \(batch.embeddings.cols)")
        }
        if let label = batch.labels.first(where: { $0 < 0 || $0 >= proxies.rows }) {
            throw LossError(loss, "label \(label) has no proxy among the \(proxies.rows)")
        }
        return proxies
    }
}

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
}
