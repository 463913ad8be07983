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
    ///
    /// The embeddings, the loss, every gradient and every updated parameter are scanned for NaN
    /// and infinities as they are made (a pass over numbers the step has just written), so that a
    /// step never hands a non-finite number on: a hinge would hide a NaN as 0, and the run would
    /// carry on reporting it. The inputs need no scan, as a `Dataset` holds finite points only.
    /// - Throws: the loss's error when it cannot compute the batch, `TrainingError.notReduced`
    ///   when its reducer leaves more than one number, `TrainingError.nonFinite` naming what
    ///   became NaN or infinite.
    public mutating func callAsFunction(on data: Dataset, indices: [Int], epoch: Int = 0,
                                        learningRate: Double, lossParameterRate: Double = 10) throws -> Double {
        func stop(_ quantity: NonFiniteQuantity) -> TrainingError { .nonFinite(loss: loss.name, step: step, quantity: quantity) }
        let trackedModel = modelParameters.map(\.asVariable), trackedLoss = lossParameters.asVariables
        let inputs = indices.count == data.count ? data.points : data.points.gatherRows(indices)
        let outputs = model.trainingOutputs(inputs, indices: indices, parameters: trackedModel)
        let embeddings = outputs.embeddings
        if let bad = embeddings.scalars.firstNonFiniteIndex {
            throw stop(.embedding(example: indices[bad / embeddings.cols], column: bad % embeddings.cols,
                                  value: embeddings.scalars[bad]))
        }
        var batch = LossBatch(embeddings, labels: indices.map { data.labels[$0] },
                              generator: RNG(seed: seed ^ (UInt64(step) &* 0x9E37_79B9_7F4A_7C15)))
        batch.auxiliary = outputs.auxiliary
        batch.features = outputs.features
        let value = try loss.atEpoch(epoch)(batch, parameters: trackedLoss)
        guard value.count == 1 else { throw TrainingError.notReduced(loss: loss.name, terms: value.count) }
        guard value.scalar.isFinite else { throw stop(.loss(value.scalar)) }
        value.backward()
        let tracked = trackedModel + trackedLoss.tensors
        let gradients = tracked.map(\.grad.scalars)
        for (k, gradient) in gradients.enumerated() {
            if let bad = gradient.firstNonFiniteIndex {
                throw stop(.gradient(parameter: parameterName(k), entry: bad, value: gradient[bad]))
            }
        }
        var values = tracked.map(\.scalars)
        let rates = (0 ..< values.count).map { $0 < trackedModel.count ? learningRate : learningRate * lossParameterRate }
        optimizer.step(&values, gradients: gradients, learningRates: rates)
        for (k, updated) in values.enumerated() {
            if let bad = updated.firstNonFiniteIndex {
                throw stop(.parameter(parameterName(k), entry: bad, value: updated[bad]))
            }
        }
        let updated = zip(tracked, values).map { Tensor(rows: $0.rows, cols: $0.cols, scalars: $1) }
        modelParameters = Array(updated[..<trackedModel.count])
        lossParameters = loss.constrained(lossParameters.replacing(Array(updated[trackedModel.count...])))
        var seen = batch
        seen.embeddings = embeddings.detached
        loss = loss.advanced(past: seen)
        step += 1
        return value.scalar
    }

    /// The `k`th trainable parameter in the optimizer's order, for messages: the model's by
    /// number and shape, then the loss's by name.
    func parameterName(_ k: Int) -> String {
        if k < modelParameters.count {
            let p = modelParameters[k]
            return "the model's parameter \(k) (\(p.rows)×\(p.cols))"
        }
        return "the loss's \(lossParameters.names[k - modelParameters.count])"
    }

    /// The base learning rate of the optimizer.
    public var learningRate: Double { optimizer.learningRate }

    /// The current embeddings of every example of `data`, off the tape.
    public func embed(_ data: Dataset) -> Tensor {
        model.embed(data.points, indices: Array(0 ..< data.count), parameters: modelParameters)
    }
}
