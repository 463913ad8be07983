/// Checks `train`'s arguments before the first step, so that a bad one is named with its value
/// instead of meeting a trap (a negative range, a batch that cannot be drawn) in the middle.
func checkTrainingArguments(model: some EmbeddingModel, data: Dataset, optimizer: some Optimizer, steps: Int, batches: BatchPlan,
                            schedule: LearningRateSchedule, lossParameterRate: Double,
                            snapshotEvery: Int?, evaluateEvery: Int?) throws(TrainingError) {
    func invalid(_ name: String, _ value: Any, _ expected: String) -> TrainingError {
        .invalidArgument(name: name, value: "\(value)", expected: expected)
    }
    guard data.count > 0 else { throw .noExamples(data: data.name) }
    if let width = model.inputSize, width != data.dimension {
        throw invalid("the input size of \(model.name)", width, "the \(data.dimension) columns of '\(data.name)'")
    }
    guard steps >= 0 else { throw invalid("steps", steps, "≥ 0") }
    let learningRate = optimizer.learningRate
    guard learningRate.isFinite && learningRate > 0 else {
        throw invalid("the optimizer's learning rate", learningRate, "a finite number > 0")
    }
    if let setting = optimizer.invalidSettings.first {
        throw invalid("the optimizer's \(setting.name)", setting.value, setting.expected)
    }
    if case let .exponential(factor) = schedule, !(factor.isFinite && factor > 0) {
        throw invalid("the schedule's factor", factor, "a finite number > 0")
    }
    guard lossParameterRate.isFinite && lossParameterRate >= 0 else {
        throw invalid("lossParameterRate", lossParameterRate, "a finite number ≥ 0")
    }
    if let snapshotEvery, snapshotEvery < 1 { throw invalid("snapshotEvery", snapshotEvery, "≥ 1 (or nil)") }
    if let evaluateEvery, evaluateEvery < 1 { throw invalid("evaluateEvery", evaluateEvery, "≥ 1 (or nil)") }
    if case let .classes(classes, size) = batches {
        let present = Set(data.labels).count
        let plan = ".classes(\(classes), size: \(size))"
        guard classes >= 1 else { throw invalid("batches", plan, "a plan of at least 1 class") }
        guard classes <= present else {
            throw invalid("batches", plan, "a plan of at most the \(present) classes '\(data.name)' has")
        }
        guard size >= classes else {
            throw invalid("batches", plan, "a plan whose size holds at least one example of each of its classes")
        }
    }
}
