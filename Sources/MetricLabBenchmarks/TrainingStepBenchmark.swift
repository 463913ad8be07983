import MetricLab

/// Microseconds per training step (forward, loss, backward, Adam update) of a shared loss.
///
/// The data are 4 Gaussian blobs of `batch / 4` points each, the whole set one full batch, as in
/// `bench/pml_compare.py`, which builds the same configuration in PyTorch; in the plane, or for the
/// wide model in 64 dimensions, the digits' width, embedded in 32.
public struct TrainingStepBenchmark: Sendable {
    /// Which model produces the embeddings.
    public enum Model: String, Sendable, CaseIterable {
        /// An MLP 2-64-64-2 with tanh.
        case mlp
        /// Free embeddings: the points themselves are the parameters.
        case free
        /// An MLP 64-128-32 with tanh on 64-D blobs: the width of real data and of the field's embeddings.
        case wide

        /// The number of features of the data this model reads.
        var inputSize: Int { self == .wide ? 64 : 2 }

        /// The layers' widths, input first; none for free embeddings.
        var layers: [Int] {
            switch self {
            case .mlp: [2, 64, 64, 2]
            case .free: []
            case .wide: [64, 128, 32]
            }
        }

        /// The embedding's width.
        var embeddingSize: Int { self == .wide ? 32 : 2 }
    }

    /// The loss and its benchmark name.
    public let loss: BenchmarkLoss
    /// The number of points per step.
    public let batch: Int
    /// The model.
    public let model: Model

    /// One configuration.
    public init(loss: BenchmarkLoss, batch: Int, model: Model) {
        self.loss = loss
        self.batch = batch
        self.model = model
    }

    /// The 4-blob data set of this batch size in `dimension` features, seeded; with `views`, two
    /// augmented views of half as many points, stacked, each point its own label. Wider than the
    /// plane, the blobs' centres are standard normal, as far apart as the plane's circle of radius 2.
    public static func data(batch: Int, views: Bool = false, dimension: Int = 2, seed: UInt64 = 9) -> Dataset {
        var rng = RNG(seed: seed)
        let points = views ? batch / 2 : batch
        let perClass = Swift.max(1, points / 4)
        let blobs = dimension == 2
            ? Blobs(classes: 4, perClass: perClass, spread: 0.5).sample(using: &rng)
            : Blobs(centers: (0 ..< 4).map { _ in (0 ..< dimension).map { _ in rng.gaussian() } },
                    perClass: perClass, spread: 0.5).sample(using: &rng)
        return views ? Augmentation().views(of: blobs, using: &rng) : blobs
    }

    /// The step's lower bound at a matrix-product rate (operations per microsecond).
    public func bound(flopsPerMicrosecond rate: Double) -> StepBound {
        let compared = loss.views ? batch / 2 : batch
        let flops = StepBound.flops(batch: batch, layers: model.layers, pairs: loss.comparesPairs ? (compared, compared) : nil,
                                    width: model.embeddingSize)
        return StepBound(flops: flops, flopsPerMicrosecond: rate)
    }

    /// Times steps until `runs` or `budget` seconds, and reports the median with peak memory and
    /// the step as a multiple of its lower bound (`bound_us`, `of_bound`), the matrix product's rate
    /// measured right after the steps.
    public func run(runs: Int = 200, budget: Double = 1) throws -> BenchmarkResult {
        resetPeakMemory()
        let data = Self.data(batch: batch, views: loss.views, dimension: model.inputSize)
        let timing = try Self.time(model, loss.loss, on: data, runs: runs, budget: budget)
        let peak = peakMemoryMiB()
        let bound = bound(flopsPerMicrosecond: StepBound.matrixProductRate(budget: Swift.min(budget, 0.05)))
        return BenchmarkResult(benchmark: "training-step", loss: loss.key, batch: batch,
                               medianMicroseconds: timing.medianMicroseconds,
                               details: Self.details(model, timing, peak: peak, bound: bound))
    }

    /// Full-batch steps of `loss` through `model` on `data`, timed until `runs` or `budget` seconds.
    static func time(_ model: Model, _ loss: any Loss, on data: Dataset, runs: Int, budget: Double) throws -> Timing {
        let all = Array(0 ..< data.count)
        func open<L: Loss>(_ loss: L, _ embedding: some EmbeddingModel) throws -> Timing {
            var rng = RNG(seed: 1)
            var step = TrainingStep(model: embedding, loss: loss, optimizer: Adam(lr: 0.01), data: data, using: &rng)
            return try Timing.measure(warmup: 1, runs: runs, budget: budget) {
                _ = try step(on: data, indices: all, learningRate: 0.01)
            }
        }
        return switch model {
        case .free: try open(loss, FreeEmbedding())
        case .mlp, .wide: try open(loss, MLP(model.layers, activation: .tanh))
        }
    }

    /// A step's row details: the model, runs, fastest run, peak memory, and the bound with the step
    /// as a multiple of it and the product rate it was measured at.
    static func details(_ model: Model, _ timing: Timing, peak: Double, bound: StepBound) -> [String: String] {
        ["model": model.rawValue, "runs": "\(timing.runs)",
         "min_us": String(format: "%.1f", timing.minMicroseconds),
         "peak_mib": String(format: "%.1f", peak),
         "bound_us": String(format: "%.1f", bound.microseconds),
         "of_bound": String(format: "%.1f", timing.medianMicroseconds / bound.microseconds),
         "gemm_gflops": String(format: "%.1f", bound.flopsPerMicrosecond / 1000)]
    }
}
