/// One training step outside a full run: forward, loss, backward and optimizer update.
///
/// `train` repeats this; benchmarks time it alone, on batches they choose.
public struct TrainingStep<Model: EmbeddingModel, L: Loss, O: Optimizer> {
    let model: Model
    let loss: L
    var optimizer: O
    /// The model's parameters followed by the loss's own.
    public private(set) var parameters: [Tensor]
    let modelCount: Int

    /// A step for `model` and `loss` on `data`, with parameters drawn from `rng`.
    public init(model: Model, loss: L, optimizer: O, data: Dataset, using rng: inout RNG) {
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        let modelStart = model.initialParameters(for: data, using: &rng)
        modelCount = modelStart.count
        parameters = modelStart + loss.makeParameters(embeddingSize: model.embeddingSize(for: data),
                                                      classes: data.classes, using: &rng)
    }

    /// Trains one step on the examples `indices` of `data` and returns the loss before the update.
    public mutating func callAsFunction(on data: Dataset, indices: [Int], epoch: Int = 0,
                                        learningRate: Double, lossParameterRate: Double = 10) -> Double {
        let tracked = parameters.map(\.asVariable)
        let inputs = indices.count == data.count ? data.points : data.points.gatherRows(indices)
        let embeddings = model(inputs, indices: indices, parameters: Array(tracked[..<modelCount]))
        let value = loss.atEpoch(epoch)(embeddings, labels: indices.map { data.labels[$0] },
                                        parameters: Array(tracked[modelCount...]))
        value.backward()
        var values = parameters.map(\.scalars)
        let rates = (0 ..< values.count).map { $0 < modelCount ? learningRate : learningRate * lossParameterRate }
        optimizer.step(&values, gradients: tracked.map(\.grad.scalars), learningRates: rates)
        parameters = zip(parameters, values).map { Tensor(rows: $0.rows, cols: $0.cols, scalars: $1) }
        return value.scalar
    }

    /// The base learning rate of the optimizer.
    public var learningRate: Double { optimizer.learningRate }

    /// The model's current parameters.
    public var modelParameters: [Tensor] { Array(parameters[..<modelCount]) }

    /// The loss's current parameters.
    public var lossParameters: [Tensor] { Array(parameters[modelCount...]) }

    /// The current embeddings of every example of `data`, off the tape.
    public func embed(_ data: Dataset) -> Tensor {
        model(data.points, indices: Array(0 ..< data.count), parameters: modelParameters)
    }
}
