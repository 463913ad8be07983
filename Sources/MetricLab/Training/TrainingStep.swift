/// One training step outside a full run: forward, loss, backward and optimizer update.
///
/// `train` repeats this; benchmarks time it alone, on batches they choose.
public struct TrainingStep<Model: EmbeddingModel, L: Loss, O: Optimizer> {
    let model: Model
    /// The loss as it stands: a loss that carries state (a memory, a histogram) carries it here.
    public private(set) var loss: L
    var optimizer: O
    /// The model's current parameters.
    public private(set) var modelParameters: [Tensor]
    /// The loss's current parameters.
    public private(set) var lossParameters: LossParameters
    /// Seeds the generator the loss and its miner draw from at each step.
    let seed: UInt64
    /// How many steps have been taken.
    private var step = 0

    /// A step for `model` and `loss` on `data`, with parameters drawn from `rng`; `seed` seeds the
    /// draws of sampling losses and miners, step by step.
    public init(model: Model, loss: L, optimizer: O, data: Dataset, seed: UInt64 = 0, using rng: inout RNG) {
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        self.seed = seed
        modelParameters = model.initialParameters(for: data, using: &rng)
        lossParameters = loss.makeParameters(embeddingSize: model.embeddingSize(for: data), classes: data.classes, using: &rng)
    }

    /// Trains one step on the examples `indices` of `data` and returns the loss before the update.
    /// - Throws: the loss's error when it cannot compute the batch, `TrainingError.notReduced`
    ///   when its reducer leaves more than one number.
    public mutating func callAsFunction(on data: Dataset, indices: [Int], epoch: Int = 0,
                                        learningRate: Double, lossParameterRate: Double = 10) throws -> Double {
        let trackedModel = modelParameters.map(\.asVariable), trackedLoss = lossParameters.asVariables
        let inputs = indices.count == data.count ? data.points : data.points.gatherRows(indices)
        let embeddings = model(inputs, indices: indices, parameters: trackedModel)
        let batch = LossBatch(embeddings, labels: indices.map { data.labels[$0] },
                              generator: RNG(seed: seed ^ (UInt64(step) &* 0x9E37_79B9_7F4A_7C15)))
        let value = try loss.atEpoch(epoch)(batch, parameters: trackedLoss)
        guard value.count == 1 else { throw TrainingError.notReduced(loss: loss.name, terms: value.count) }
        value.backward()
        let tracked = trackedModel + trackedLoss.tensors
        var values = tracked.map(\.scalars)
        let rates = (0 ..< values.count).map { $0 < trackedModel.count ? learningRate : learningRate * lossParameterRate }
        optimizer.step(&values, gradients: tracked.map(\.grad.scalars), learningRates: rates)
        let updated = zip(tracked, values).map { Tensor(rows: $0.rows, cols: $0.cols, scalars: $1) }
        modelParameters = Array(updated[..<trackedModel.count])
        lossParameters = loss.constrained(lossParameters.replacing(Array(updated[trackedModel.count...])))
        var seen = batch
        seen.embeddings = embeddings.detached
        loss = loss.advanced(past: seen)
        step += 1
        return value.scalar
    }

    /// The base learning rate of the optimizer.
    public var learningRate: Double { optimizer.learningRate }

    /// The current embeddings of every example of `data`, off the tape.
    public func embed(_ data: Dataset) -> Tensor {
        model(data.points, indices: Array(0 ..< data.count), parameters: modelParameters)
    }
}
