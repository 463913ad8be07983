/// `train` with a seed of any integer type (an `Int` loop variable, an element of `0 ..< 10`):
/// the seed is read as its 64-bit pattern, so `5` gives the same run whatever its type.
public func train(_ model: some EmbeddingModel, on data: Dataset, loss: some Loss,
                  optimizer: some Optimizer, steps: Int, batches: BatchPlan = .full, seed: some BinaryInteger,
                  schedule: LearningRateSchedule = .constant, lossParameterRate: Double = 10,
                  snapshotEvery: Int? = nil, evaluateEvery: Int? = nil,
                  progress: ((_ step: Int, _ loss: Double) -> Void)? = nil) throws -> Run {
    try train(model, on: data, loss: loss, optimizer: optimizer, steps: steps, batches: batches,
              seed: UInt64(truncatingIfNeeded: seed), schedule: schedule, lossParameterRate: lossParameterRate,
              snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery, progress: progress)
}
