/// Trains `setting`'s model with its optimizer on `data` with `loss`: `train(_:on:loss:optimizer:…)`
/// with the model and optimizer a `Setting` names.
public func train(_ setting: Setting, on data: Dataset, loss: some Loss, steps: Int,
                  batches: BatchPlan = .full, seed: some BinaryInteger, schedule: LearningRateSchedule = .constant,
                  lossParameterRate: Double = 10, snapshotEvery: Int? = nil, evaluateEvery: Int? = nil) throws -> Run {
    try train(setting.model, on: data, loss: loss, optimizer: setting.optimizer, steps: steps, batches: batches,
              seed: seed, schedule: schedule, lossParameterRate: lossParameterRate,
              snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
}

/// Trains `model` on `data` once with each of `losses`, on every core, and returns the runs in the
/// order of `losses`: the same runs as one `train` call each, whatever the number of cores.
/// The first loss's error, in order, is thrown after every run has been tried.
///
/// ```swift
/// let runs = try train(.mlp(), on: data, losses: [Triplet(), Contrastive()], optimizer: .adam(lr: 0.01), steps: 300, seed: 7)
/// ```
public func train(_ model: some EmbeddingModel, on data: Dataset, losses: [any Loss],
                  optimizer: some Optimizer, steps: Int, batches: BatchPlan = .full, seed: some BinaryInteger,
                  schedule: LearningRateSchedule = .constant, lossParameterRate: Double = 10,
                  snapshotEvery: Int? = nil, evaluateEvery: Int? = nil) throws -> [Run] {
    let seed = UInt64(truncatingIfNeeded: seed)
    return try losses.parallelMap { loss in
        try train(model, on: data, loss: loss, optimizer: optimizer, steps: steps, batches: batches, seed: seed,
                  schedule: schedule, lossParameterRate: lossParameterRate,
                  snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
    }
}

/// Trains `model` on `data` with `loss` once for each of `seeds` (initialisation and batches
/// differ, the data does not), on every core, and returns the runs in the order of `seeds`.
///
/// ```swift
/// let runs = try train(.mlp(), on: spirals, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 1000, seeds: 1 ... 3)
/// table([runs], columns: [.loss, .nmi, .recallAt1])
/// ```
public func train<Seed: BinaryInteger>(_ model: some EmbeddingModel, on data: Dataset, loss: some Loss,
                                       optimizer: some Optimizer, steps: Int, batches: BatchPlan = .full,
                                       seeds: some Sequence<Seed>, schedule: LearningRateSchedule = .constant,
                                       lossParameterRate: Double = 10, snapshotEvery: Int? = nil,
                                       evaluateEvery: Int? = nil) throws -> [Run] {
    try train(model, on: { _ in data }, loss: loss, optimizer: optimizer, steps: steps, batches: batches,
              seeds: seeds.map { UInt64(truncatingIfNeeded: $0) }, schedule: schedule,
              lossParameterRate: lossParameterRate, snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
}

/// Trains `model` with `loss` once for each of `seeds`, each run on the data set `generator`
/// draws with that seed (a new draw of the data and a new initialisation together), on every
/// core, and returns the runs in the order of `seeds`.
///
/// ```swift
/// let runs = try train(.free, on: SplitClass(classes: 3), loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 1500, seeds: 0 ..< 10)
/// ```
public func train<Seed: BinaryInteger>(_ model: some EmbeddingModel, on generator: some DataGenerator, loss: some Loss,
                                       optimizer: some Optimizer, steps: Int, batches: BatchPlan = .full,
                                       seeds: some Sequence<Seed>, schedule: LearningRateSchedule = .constant,
                                       lossParameterRate: Double = 10, snapshotEvery: Int? = nil,
                                       evaluateEvery: Int? = nil) throws -> [Run] {
    try train(model, on: { generator.sample(seed: $0) }, loss: loss, optimizer: optimizer, steps: steps,
              batches: batches, seeds: seeds.map { UInt64(truncatingIfNeeded: $0) }, schedule: schedule,
              lossParameterRate: lossParameterRate, snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
}

/// The runs of one seed each, on the data `data` gives for the seed.
private func train(_ model: some EmbeddingModel, on data: @escaping @Sendable (UInt64) -> Dataset, loss: some Loss,
                   optimizer: some Optimizer, steps: Int, batches: BatchPlan, seeds: [UInt64],
                   schedule: LearningRateSchedule, lossParameterRate: Double, snapshotEvery: Int?,
                   evaluateEvery: Int?) throws -> [Run] {
    try seeds.parallelMap { seed in
        try train(model, on: data(seed), loss: loss, optimizer: optimizer, steps: steps, batches: batches, seed: seed,
                  schedule: schedule, lossParameterRate: lossParameterRate,
                  snapshotEvery: snapshotEvery, evaluateEvery: evaluateEvery)
    }
}
