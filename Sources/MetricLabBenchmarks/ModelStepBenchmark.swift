import MetricLab

/// Microseconds per training step of the model alone: the training-step benchmark's step (forward,
/// backward, Adam) with a loss that costs next to nothing, the mean of the squared embedding
/// entries.
///
/// No loss trained through the same model can step faster, so PML's step of a loss over this one
/// is the highest ratio that loss can show with MetricLab's model as it is: a floor measured, where
/// the training step's bound (`StepBound`) counts only the products. `bench/pml_compare.py` times
/// torch's model the same way beside it. Free embeddings have no model to time.
public struct ModelStepBenchmark: Sendable {
    /// The number of points per step.
    public let batch: Int
    /// The model: the plane's MLP or the wide one.
    public let model: TrainingStepBenchmark.Model

    /// One configuration; the model must have layers.
    public init(batch: Int, model: TrainingStepBenchmark.Model) {
        precondition(!model.layers.isEmpty, "ModelStepBenchmark: free embeddings have no model to time")
        self.batch = batch
        self.model = model
    }

    /// The step's lower bound at a matrix-product rate (operations per microsecond): the model's products.
    public func bound(flopsPerMicrosecond rate: Double) -> StepBound {
        StepBound(flops: StepBound.flops(batch: batch, layers: model.layers, pairs: nil, width: model.embeddingSize),
                  flopsPerMicrosecond: rate)
    }

    /// Times steps until `runs` or `budget` seconds, and reports them as the training-step
    /// benchmark does (median, fastest, peak memory, bound and multiple of it), loss "mean-of-squares".
    public func run(runs: Int = 200, budget: Double = 1) throws -> BenchmarkResult {
        resetPeakMemory()
        let data = TrainingStepBenchmark.data(batch: batch, dimension: model.inputSize)
        let timing = try TrainingStepBenchmark.time(model, MeanOfSquares(), on: data, runs: runs, budget: budget)
        let peak = peakMemoryMiB()
        let bound = bound(flopsPerMicrosecond: StepBound.matrixProductRate(budget: Swift.min(budget, 0.05)))
        return BenchmarkResult(benchmark: "model-step", loss: MeanOfSquares.key, batch: batch,
                               medianMicroseconds: timing.medianMicroseconds,
                               details: TrainingStepBenchmark.details(model, timing, peak: peak, bound: bound))
    }
}

/// (1/(m·d)) Σᵢⱼ yᵢⱼ², the mean of the squared embedding entries: a loss of two passes over the
/// batch, so that a step with it is the model's cost.
struct MeanOfSquares: Loss {
    /// The name benchmark rows and `pml_compare.py` give it.
    static let key = "mean-of-squares"

    var name: String { Self.key }

    func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        LossTerms(reduced: batch.embeddings.squared().mean())
    }
}
