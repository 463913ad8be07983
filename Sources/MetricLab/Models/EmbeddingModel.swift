/// A map from examples to embeddings whose parameters the optimizer trains.
///
/// A model is a description (sizes, activation); its parameters live apart, as tensors the training
/// loop tracks, so one model value can start many seeded runs.
public protocol EmbeddingModel: Sendable {
    /// A short name for tables and titles.
    var name: String { get }
    /// The number of columns an input must have; nil when any number will do (free points).
    var inputSize: Int? { get }
    /// The number of columns of an embedding of `data`.
    func embeddingSize(for data: Dataset) -> Int
    /// The parameters a run on `data` starts from.
    func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor]
    /// The embeddings (a row per example) of `inputs`, which are rows `indices` of the data set.
    func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor
    /// The embeddings a trained model retrieves with, draws and is scored on: what it gives the
    /// loss in training unless it says otherwise (DVML's model trains on more columns than it
    /// retrieves with).
    func embed(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor
    /// What a training step hands the loss: the embeddings, and auxiliary heads' outputs where the
    /// model has them (`AuxiliaryHeads`); the embeddings alone unless the model says otherwise.
    func trainingOutputs(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> ModelOutputs
}

extension EmbeddingModel {
    /// Any number of columns, unless the model says otherwise.
    public var inputSize: Int? { nil }

    public func embed(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        self(inputs, indices: indices, parameters: parameters)
    }
}
