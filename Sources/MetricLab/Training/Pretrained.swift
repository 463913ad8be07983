/// A run's model as it ended, to train further: it starts from the run's trained parameters
/// instead of a seeded initialisation (a warm start, fine-tuning with another loss or miner).
///
/// ```swift
/// let warm = try train(.mlp(), on: data, loss: Triplet().mined(by: SemiHardNegatives()), optimizer: .adam(lr: 0.01), steps: 300, seed: 1)
/// let then = try train(Pretrained(warm), on: data, loss: Triplet().mined(by: HardNegatives()), optimizer: .adam(lr: 0.01), steps: 300, seed: 1)
/// ```
public struct Pretrained: EmbeddingModel {
    /// The model the run trained.
    public let base: any EmbeddingModel
    /// The parameters it ended with.
    public let parameters: [Tensor]

    /// The model and final parameters of `run`.
    public init(_ run: Run) {
        base = run.model
        parameters = run.parameters
    }

    public var name: String { base.name + " (trained)" }

    public var inputSize: Int? { base.inputSize }

    public func embeddingSize(for data: Dataset) -> Int { base.embeddingSize(for: data) }

    /// The run's trained parameters, whatever the seed.
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] { parameters }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        base(inputs, indices: indices, parameters: parameters)
    }

    public func embed(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        base.embed(inputs, indices: indices, parameters: parameters)
    }

    public func trainingOutputs(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> ModelOutputs {
        base.trainingOutputs(inputs, indices: indices, parameters: parameters)
    }
}
