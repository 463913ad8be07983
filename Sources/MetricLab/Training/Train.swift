import Foundation

/// Trains `model` on the examples `inputs` (a row each) with `labels`, and records the run.
///
/// Each step embeds the batch, evaluates the loss, back-propagates through the tape and lets the
/// optimizer update the model's parameters and the loss's own (proxies, centres), the latter at
/// `lossParameterRate` times the learning rate, since they move in embedding space directly.
/// Everything random (initialisation, batches) draws from one generator seeded by `seed`.
/// - Throws: `TrainingError.nonFinite` when the loss becomes NaN or infinite, naming the step.
public func train(_ model: some EmbeddingModel, inputs: Tensor, labels: [Int], loss: some Loss,
                  optimizer: some Optimizer, steps: Int, seed: UInt64 = 0,
                  schedule: LearningRateSchedule = .constant, lossParameterRate: Double = 10,
                  snapshotEvery: Int? = nil,
                  progress: ((_ step: Int, _ loss: Double) -> Void)? = nil) throws -> Run {
    precondition(inputs.rows == labels.count, "train: \(inputs.rows) inputs but \(labels.count) labels")
    let started = Date()
    var rng = RNG(seed: seed)
    var optimizer = optimizer
    let modelStart = model.initialParameters(using: &rng)
    let classes = (labels.max() ?? -1) + 1
    let lossStart = loss.makeParameters(embeddingSize: model.embeddingSize, classes: classes, using: &rng)
    let shapes = (modelStart + lossStart).map { ($0.rows, $0.cols) }
    var values = (modelStart + lossStart).map(\.scalars)
    let modelCount = modelStart.count
    let everyone = Array(0 ..< inputs.rows)

    func tensors(_ range: Range<Int>, tracked: Bool) -> [Tensor] {
        range.map { k in
            let t = Tensor(rows: shapes[k].0, cols: shapes[k].1, scalars: values[k])
            return tracked ? t.asVariable : t
        }
    }
    func snapshot(_ step: Int) -> Snapshot {
        Snapshot(step: step,
                 embeddings: model(inputs, indices: everyone, parameters: tensors(0 ..< modelCount, tracked: false)),
                 lossParameters: tensors(modelCount ..< values.count, tracked: false))
    }

    var snapshots = [snapshot(0)]
    var losses: [Double] = []
    losses.reserveCapacity(steps)
    for step in 0 ..< steps {
        let parameters = tensors(0 ..< values.count, tracked: true)
        let embeddings = model(inputs, indices: everyone, parameters: Array(parameters[..<modelCount]))
        let value = loss.atEpoch(step)(embeddings, labels: labels, parameters: Array(parameters[modelCount...]))
        guard value.scalar.isFinite else {
            throw TrainingError.nonFinite(loss: loss.name, step: step, value: value.scalar)
        }
        value.backward()
        losses.append(value.scalar)
        let rate = optimizer.learningRate * schedule.multiplier(at: step)
        let rates = (0 ..< values.count).map { $0 < modelCount ? rate : rate * lossParameterRate }
        optimizer.step(&values, gradients: parameters.map(\.grad.scalars), learningRates: rates)
        progress?(step + 1, value.scalar)
        if let every = snapshotEvery, (step + 1) % every == 0, step + 1 < steps { snapshots.append(snapshot(step + 1)) }
    }
    snapshots.append(snapshot(steps))
    return Run(name: loss.name, modelName: model.name, labels: labels, losses: losses, snapshots: snapshots,
               parameters: tensors(0 ..< modelCount, tracked: false),
               lossParameters: tensors(modelCount ..< values.count, tracked: false),
               seconds: Date().timeIntervalSince(started), model: model)
}
