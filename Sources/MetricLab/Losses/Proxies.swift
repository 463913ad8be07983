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
