/// A metric-learning loss: one number for a batch of embeddings and their labels.
///
/// A loss is a value built from tensor ops; its gradient comes from the tape. Losses with trainable
/// parameters of their own (proxies, class weights, centres) make them in `makeParameters`, and the
/// training loop hands them back, tracked, in `parameters`.
public protocol Loss: Sendable {
    /// A short name for tables and figure titles.
    var name: String { get }
    /// The loss's own trainable parameters for this embedding size and class count; none by default.
    func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor]
    /// The 1×1 loss of `embeddings` (a row per example) with `labels`, given the loss's own parameters.
    func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor
    /// The loss as it stands in `epoch` (facility location decays its margin); unchanged by default.
    func atEpoch(_ epoch: Int) -> Self
}

extension Loss {
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor] { [] }

    public func atEpoch(_ epoch: Int) -> Self { self }

    /// The loss of a batch, for a loss without parameters of its own.
    public func callAsFunction(_ embeddings: Tensor, labels: [Int]) -> Tensor {
        self(embeddings, labels: labels, parameters: [])
    }
}
