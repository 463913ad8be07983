/// The class proxies of Proxy-NCA and Proxy-Anchor: a classes×embedding matrix, a proxy a row
/// (pytorch-metric-learning's layout, so its fixtures' `proxies` load as they are).
enum Proxies {
    /// The proxies in `parameters`, after checking that they fit `embeddings` and `labels`.
    static func checked(_ parameters: [Tensor], _ embeddings: Tensor, _ labels: [Int], loss: String) -> Tensor {
        precondition(!parameters.isEmpty, "\(loss): no proxies given (make them with makeParameters)")
        let proxies = parameters[0]
        precondition(proxies.cols == embeddings.cols,
                     "\(loss): proxies have \(proxies.cols) columns but embeddings have \(embeddings.cols)")
        precondition(labels.count == embeddings.rows, "\(loss): \(labels.count) labels for \(embeddings.rows) embeddings")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < proxies.rows },
                     "\(loss): a label lies outside the \(proxies.rows) classes of the proxies")
        return proxies
    }
}
