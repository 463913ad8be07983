import Foundation

/// Trains `model` on `data` with `loss`, and records the run.
///
/// Each step embeds a batch, evaluates the loss, back-propagates through the tape and lets the
/// optimizer update the model's parameters and the loss's own (proxies, centres), the latter at
/// `lossParameterRate` times the learning rate (10 unless given; Proxy-Anchor's paper uses 100),
/// since they move in embedding space directly.
/// Everything random (initialisation, batches) draws from one generator seeded by `seed`, so a
/// seed gives the same run every time (an `Int` seed too, through the overload that takes any
/// integer). An epoch, for losses that change with it, is one pass's worth of examples.
///
/// With a `RunCache.current` (a notebook run's, unless `--no-cache`), a run of the same arguments
/// trained before comes back from disk, bit for bit, its losses replayed through `progress`.
///
/// A run that stays finite but whose loss grows by orders of magnitude, or whose data leaves the
/// metrics undefined, carries a `RunWarning` saying so.
/// - Throws: `TrainingError.invalidArgument` or `.noExamples` before the first step when an
///   argument makes no sense; `TrainingError.nonFinite` when the embeddings, the loss, a gradient
///   or a parameter becomes NaN or infinite, naming the step and which; the loss's own error when
///   it cannot compute a batch.
public func train(_ model: some EmbeddingModel, on data: Dataset, loss: some Loss,
                  optimizer: some Optimizer, steps: Int, batches: BatchPlan = .full, seed: UInt64 = 0,
                  schedule: LearningRateSchedule = .constant, lossParameterRate: Double = 10,
                  snapshotEvery: Int? = nil, evaluateEvery: Int? = nil,
                  progress: ((_ step: Int, _ loss: Double) -> Void)? = nil) throws -> Run {
    try checkTrainingArguments(model: model, data: data, optimizer: optimizer, steps: steps, batches: batches,
                               schedule: schedule, lossParameterRate: lossParameterRate,
                               snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
    let cache = RunCache.current
    let key = cache?.key(["model": model, "data": data, "loss": loss, "optimizer": optimizer, "steps": steps,
                          "batches": batches, "seed": seed, "schedule": schedule, "lossParameterRate": lossParameterRate,
                          "snapshotEvery": snapshotEvery as Any, "evaluateEvery": evaluateEvery as Any])
    if let cache, let key, let run = cache.run(for: key, loss: loss, model: model, data: data) {
        for (step, value) in run.losses.enumerated() { progress?(step + 1, value) }
        return run
    }
    // The monotonic clock, to the nanosecond, as `timed` reads it: Date's differences come in steps
    // of about 0.1 µs (the spacing of doubles near the current date), so two short runs often took
    // the same time to the bit.
    let started = DispatchTime.now().uptimeNanoseconds
    var rng = RNG(seed: seed)
    var trainer = TrainingStep(model: model, loss: loss, optimizer: optimizer, data: data, seed: seed, using: &rng)
    let batchSize = batches.size(count: data.count)
    func snapshot(_ step: Int) throws -> Snapshot {
        Snapshot(step: step, embeddings: trainer.embed(data), lossParameters: trainer.lossParameters,
                 weightRows: try trainer.loss.weightRows(in: trainer.lossParameters)?.detached)
    }

    var snapshots = [try snapshot(0)]
    var evaluations = evaluateEvery == nil ? [] : [Evaluation(step: 0, embeddings: snapshots[0].embeddings, labels: data.labels)]
    var losses: [Double] = []
    losses.reserveCapacity(steps)
    let progress = TrainingProgress.shared.counting(steps: steps, progress)
    for step in 0 ..< steps {
        let value = try trainer(on: data, indices: batches.indices(labels: data.labels, using: &rng),
                            epoch: step * batchSize / Swift.max(data.count, 1),
                            learningRate: trainer.learningRate * schedule.multiplier(at: step),
                            lossParameterRate: lossParameterRate)
        losses.append(value)
        progress?(step + 1, value)
        let done = step + 1
        if let every = snapshotEvery, done % every == 0, done < steps { snapshots.append(try snapshot(done)) }
        if let every = evaluateEvery, done % every == 0 || done == steps {
            evaluations.append(Evaluation(step: done, embeddings: trainer.embed(data), labels: data.labels))
        }
    }
    snapshots.append(try snapshot(steps))
    let run = Run(loss: loss, model: model, data: data, losses: losses, snapshots: snapshots,
                  evaluations: evaluations, parameters: trainer.modelParameters,
                  lossParameters: trainer.lossParameters, seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9,
                  warnings: RunWarning.warnings(losses: losses, labels: data.labels))
    if let cache, let key { cache.store(run, for: key) }
    return run
}
