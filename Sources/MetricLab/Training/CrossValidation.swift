/// One method's unseen-class scores over every class fold and seed of a cross-validation, in the
/// same order for every method, so that methods compare seed by seed.
public struct CrossValidation<Method: Sendable>: Sendable {
    /// The method, as given.
    public let method: Method
    /// The training seeds, the same for every method.
    public let seeds: [UInt64]
    /// `evaluations[fold][s]`: the run of `seeds[s]` trained on fold `fold`'s classes, scored on its held-out ones.
    public let evaluations: [[Evaluation]]

    /// For each seed, `metric` averaged over the folds: one score per independent replication,
    /// paired across methods (`Significance.signFlipPValue` of their differences).
    public func perSeed(_ metric: KeyPath<Evaluation, Double>) -> [Double] {
        seeds.indices.map { s in evaluations.map { $0[s][keyPath: metric] }.reduce(0, +) / Double(evaluations.count) }
    }

    /// The mean and spread of `perSeed(metric)`; `.confidenceInterval(level:)` gives its interval.
    public func summary(_ metric: KeyPath<Evaluation, Double>) -> Summary { Summary(perSeed(metric)) }
}

/// Cross-validates `methods` over class folds: each method is trained by `train` on every fold's
/// training classes with every seed, and its run scored on the fold's held-out classes, on every
/// core. Every method sees the same folds and seeds, so their scores pair up. `prepare` turns
/// each fold's split into the data trained and scored on, from its training part alone
/// (`Dataset.standardized(train:test:)` standardises each fold by its training classes).
///
/// ```swift
/// let folds = ClassFolds(classes: digits.classes, count: 2, seed: 0)
/// let results = try crossValidate([Contrastive(), Triplet()] as [any Loss], on: digits, folds: folds, seeds: 0 ..< 5) { loss, data, seed in
///     try train(.mlp([64, 128, 32]), on: data, loss: loss, optimizer: .adam(lr: 0.001), steps: 300, seed: seed)
/// }
/// print(results[1].summary(\.mapAtR).confidenceInterval(level: 0.95))
/// ```
/// - Throws: the first error, in the order of methods, folds and seeds, after every run has been tried.
public func crossValidate<Method: Sendable, Seed: BinaryInteger>(
    _ methods: [Method], on data: Dataset, folds: ClassFolds, seeds: some Sequence<Seed>,
    prepare: (_ train: Dataset, _ test: Dataset) -> (train: Dataset, test: Dataset) = { ($0, $1) },
    train: @escaping @Sendable (_ method: Method, _ data: Dataset, _ seed: UInt64) throws -> Run
) throws -> [CrossValidation<Method>] {
    let seeds = seeds.map { UInt64(truncatingIfNeeded: $0) }
    let splits = (0 ..< folds.count).map { fold in
        let split = folds.split(data, fold: fold)
        return prepare(split.train, split.test)
    }
    let jobs = methods.indices.flatMap { m in splits.indices.flatMap { f in seeds.indices.map { s in [m, f, s] } } }
    let evaluations = try jobs.parallelMap { job in
        try train(methods[job[0]], splits[job[1]].train, seeds[job[2]]).score(on: splits[job[1]].test)
    }
    let perMethod = splits.count * seeds.count
    return methods.indices.map { m in
        CrossValidation(method: methods[m], seeds: seeds, evaluations: splits.indices.map { f in
            Array(evaluations[(m * perMethod + f * seeds.count) ..< (m * perMethod + (f + 1) * seeds.count)])
        })
    }
}
