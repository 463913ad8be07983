/// A named way of training: a model and the optimizer that suits it, compared across losses as
/// one row or column of a study ("free points" at lr 0.01, "MLP" at lr 0.003).
///
/// ```swift
/// let settings = [Setting("free points", model: .free, optimizer: .adam(lr: 0.01)),
///                 Setting("MLP", model: .mlp([2, 64, 64, 2]), optimizer: .adam(lr: 0.003))]
/// let runs = try train(settings[0], on: data, loss: Triplet(), steps: 1000, seed: 2)
/// ```
public struct Setting: Sendable {
    /// The name for tables and titles.
    public let name: String
    /// The model to train.
    public let model: any EmbeddingModel
    /// The optimizer, with its learning rate.
    public let optimizer: any Optimizer

    /// A setting called `name` that trains `model` with `optimizer`.
    public init(_ name: String, model: any EmbeddingModel, optimizer: any Optimizer) {
        self.name = name
        self.model = model
        self.optimizer = optimizer
    }

    /// Whether the model's embeddings lie on the unit circle (an L2-normalised MLP), so that a
    /// figure of them draws the circle.
    public var isNormalized: Bool { (model as? MLP)?.normalized ?? false }
}
