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
    var trainer = TrainingStep(model: model, loss: loss, optimizer: optimizer,
                               classes: (labels.max() ?? -1) + 1, using: &rng)
    let everyone = Array(0 ..< inputs.rows)
    func snapshot(_ step: Int) -> Snapshot {
        Snapshot(step: step, embeddings: trainer.embed(inputs, indices: everyone), lossParameters: trainer.lossParameters)
    }

    var snapshots = [snapshot(0)]
    var losses: [Double] = []
    losses.reserveCapacity(steps)
    for step in 0 ..< steps {
        let value = trainer(inputs: inputs, indices: everyone, labels: labels, epoch: step,
                            learningRate: trainer.learningRate * schedule.multiplier(at: step),
                            lossParameterRate: lossParameterRate)
        guard value.isFinite else { throw TrainingError.nonFinite(loss: loss.name, step: step, value: value) }
        losses.append(value)
        progress?(step + 1, value)
        if let every = snapshotEvery, (step + 1) % every == 0, step + 1 < steps { snapshots.append(snapshot(step + 1)) }
    }
    snapshots.append(snapshot(steps))
    return Run(name: loss.name, modelName: model.name, labels: labels, losses: losses, snapshots: snapshots,
               parameters: trainer.modelParameters, lossParameters: trainer.lossParameters,
               seconds: Date().timeIntervalSince(started), model: model)
}
