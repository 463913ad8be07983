import Foundation
import MetricLab

/// What `metriclab bench` runs: every library benchmark family at the sizes of issue 9, or a tiny
/// configuration for a smoke test.
public struct BenchmarkSuite: Sendable {
    /// The families the suite runs, in order (the runner adds notebooks, which need NotebookKit).
    public static let families = ["training-step", "model-step", "flagship-step", "facility-location", "tensor"]

    /// Batch sizes of the training-step and tensor benchmarks.
    public var batches: [Int]
    /// Batch sizes of the wide model's training steps (64-D input, 32-D embedding).
    public var wideBatches: [Int]
    /// Facility-location sizes m.
    public var facilitySizes: [Int]
    /// Models of the training-step benchmark.
    public var models: [TrainingStepBenchmark.Model]
    /// The shared losses.
    public var losses: [BenchmarkLoss]
    /// Seconds each measurement may take at most (beyond a few runs).
    public var budget: Double
    /// Runs each measurement aims for.
    public var runs: Int

    /// The full configuration: every shared loss at batch 32 to 1024 in the plane, and at 256 wide.
    public static func full() throws -> BenchmarkSuite {
        BenchmarkSuite(batches: [32, 128, 512, 1024], wideBatches: [256], facilitySizes: [64, 128, 256, 512, 1024],
                       models: [.mlp, .free, .wide], losses: try BenchmarkLoss.shared(), budget: 0.6, runs: 100)
    }

    /// A tiny configuration that touches every family in a few seconds (the wide model at batch 32).
    public static func quick() throws -> BenchmarkSuite {
        BenchmarkSuite(batches: [32], wideBatches: [32], facilitySizes: [64, 128], models: [.mlp, .free, .wide],
                       losses: try BenchmarkLoss.shared(), budget: 0.02, runs: 3)
    }

    /// A configuration.
    public init(batches: [Int], wideBatches: [Int], facilitySizes: [Int], models: [TrainingStepBenchmark.Model],
                losses: [BenchmarkLoss], budget: Double, runs: Int) {
        self.batches = batches
        self.wideBatches = wideBatches
        self.facilitySizes = facilitySizes
        self.models = models
        self.losses = losses
        self.budget = budget
        self.runs = runs
    }

    /// Runs the families named in `only` (all when empty), handing each result over as it comes;
    /// `lossKeys`, when not empty, keeps only those losses in the training-step families, and the
    /// model steps (which have no loss to pick) run only when `only` names them.
    public func run(only: Set<String> = [], lossKeys: Set<String> = [], _ report: (BenchmarkResult) -> Void) throws {
        func wanted(_ family: String) -> Bool { only.isEmpty || only.contains(family) }
        if wanted("training-step") {
            for loss in losses where lossKeys.isEmpty || lossKeys.contains(loss.key) { for model in models { for batch in model == .wide ? wideBatches : batches where batch <= loss.largestBatch {
                report(try TrainingStepBenchmark(loss: loss, batch: batch, model: model).run(runs: runs, budget: budget))
            } } }
        }
        if only.contains("model-step") || (only.isEmpty && lossKeys.isEmpty) {
            for model in models where !model.layers.isEmpty { for batch in model == .wide ? wideBatches : batches {
                report(try ModelStepBenchmark(batch: batch, model: model).run(runs: runs, budget: budget))
            } }
        }
        if wanted("flagship-step") {
            try FlagshipBenchmark.run(runs: runs, budget: budget, lossKeys: lossKeys).forEach(report)
        }
        if wanted("facility-location") {
            var rng = RNG(seed: 5)
            let results = try FacilityLocation().benchmark(sizes: facilitySizes, budget: budget * 2, using: &rng)
            let exponent = growthExponent(results)
            for r in results {
                report(BenchmarkResult(benchmark: r.benchmark, loss: r.loss, batch: r.batch,
                                       medianMicroseconds: r.medianMicroseconds,
                                       details: r.details.merging(["growth_exponent": String(format: "%.2f", exponent)]) { $1 }))
            }
        }
        if wanted("tensor") {
            for m in batches { TensorBenchmark.run(size: m, runs: runs, budget: budget).forEach(report) }
        }
    }
}

/// The exponent k of the least-squares fit time ∝ sizeᵏ over the results (log-log slope).
public func growthExponent(_ results: [BenchmarkResult]) -> Double {
    let points = results.filter { $0.batch > 0 && $0.medianMicroseconds > 0 }
        .map { (Foundation.log(Double($0.batch)), Foundation.log($0.medianMicroseconds)) }
    guard points.count >= 2 else { return .nan }
    let mx = points.map(\.0).reduce(0, +) / Double(points.count)
    let my = points.map(\.1).reduce(0, +) / Double(points.count)
    let sxy = points.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
    let sxx = points.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
    return sxx > 0 ? sxy / sxx : .nan
}
