/// A metric-learning loss: one number for a batch of embeddings and their labels.
///
/// A loss computes its terms (`terms`: per pair, per triplet, per example) as tensor expressions
/// whose gradients come from the tape, and its reducer turns them into one number, as in
/// pytorch-metric-learning. A loss with trainable parameters of its own (proxies, class weights,
/// β) makes them, named, in `makeParameters`; the training loop hands them back, tracked, with
/// every call. A loss that carries state from step to step (a memory of past batches, a running
/// histogram) returns itself updated from `advanced(past:)`.
public protocol Loss: Sendable {
    /// A short name for tables and figure titles.
    var name: String { get }
    /// How the terms become one number (the mean unless the loss says otherwise).
    var reducer: Reducer { get }
    /// The loss's own trainable parameters for this embedding size and class count; none by default.
    func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters
    /// The loss's terms on `batch`, given its own parameters, before reduction.
    func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms
    /// The loss as it stands in `epoch` (facility location decays its margin); unchanged by default.
    func atEpoch(_ epoch: Int) -> Self
    /// The loss after a training step on `batch`: a memory or histogram updated; unchanged by default.
    func advanced(past batch: LossBatch) -> Self
    /// The loss's own weights as rows, a class, centre or proxy each, on the tape: what a weight
    /// regularizer acts on and what a figure draws (detached); nil for a loss without weights.
    func weightRows(in parameters: LossParameters) throws -> Tensor?
    /// The loss's parameters after an optimizer step, put back where they are allowed to be
    /// (CLIP caps its learned scale): a constraint applied to the values, not inside the
    /// forward pass, whose gradient would vanish beyond the bound. Unchanged by default.
    func constrained(_ parameters: LossParameters) -> LossParameters
}

extension Loss {
    public var reducer: Reducer { .mean }

    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters { .none }

    public func atEpoch(_ epoch: Int) -> Self { self }

    public func advanced(past batch: LossBatch) -> Self { self }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { nil }

    public func constrained(_ parameters: LossParameters) -> LossParameters { parameters }

    /// The loss of a batch: its terms reduced by the loss's reducer.
    public func callAsFunction(_ batch: LossBatch, parameters: LossParameters = .none) throws -> Tensor {
        try batch.check(name)
        return try reducer.reduce(terms(batch, parameters: parameters), labels: batch.labels,
                                  referenceCount: batch.references.rows)
    }

    /// The loss of `embeddings` (a row per example) with `labels`, given the loss's own parameters.
    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: LossParameters = .none) throws -> Tensor {
        try self(LossBatch(embeddings, labels: labels), parameters: parameters)
    }
}
