/// What a model hands the loss during training: the embeddings, and for a model with auxiliary
/// heads (S2SD) each head's embeddings and the trunk's features, which test time never sees.
public struct ModelOutputs: Sendable {
    /// The rows the loss trains on, one per example: the embeddings a run keeps, for most models
    /// (DVML's `VariationalEmbedding` trains on z_I with μ, log σ² and its feature, and keeps z_I).
    public var embeddings: Tensor
    /// Each auxiliary head's embeddings, a row per example; empty for a plain model.
    public var auxiliary: [Tensor]
    /// The trunk's features the heads read, a row per example; nil for a plain model.
    public var features: Tensor?

    /// The outputs of a model: embeddings, and auxiliary heads and features where it has them.
    public init(embeddings: Tensor, auxiliary: [Tensor] = [], features: Tensor? = nil) {
        self.embeddings = embeddings
        self.auxiliary = auxiliary
        self.features = features
    }
}

extension EmbeddingModel {
    /// The outputs a training step hands the loss; a plain model's embeddings alone.
    public func trainingOutputs(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> ModelOutputs {
        ModelOutputs(embeddings: self(inputs, indices: indices, parameters: parameters))
    }
}
