import MetricLab

/// Microseconds per training step of the flagship notebook's configurations: its seven losses on
/// 48 points (4 blobs of 12), with free points, an MLP 2-64-64-2 (tanh) and the same MLP with an
/// L2-normalised output.
public enum FlagshipBenchmark {
    /// The seven losses the flagship notebook compares, by benchmark name.
    public static let losses: [(key: String, loss: any Loss)] = [
        ("contrastive", Contrastive()),
        ("triplet", Triplet()),
        ("triplet-semihard", Triplet().mined(by: .semiHard)),
        ("lifted-structure", LiftedStructure()),
        ("n-pairs", NPair()),
        ("facility-location", FacilityLocation()),
        ("deep-clustering", DeepClustering()),
    ]

    /// The three models, by benchmark name.
    public static let models: [(key: String, model: any EmbeddingModel)] = [
        ("free", FreeEmbedding()),
        ("mlp", MLP([2, 64, 64, 2], activation: .tanh)),
        ("mlp-l2", MLP([2, 64, 64, 2], activation: .tanh, normalized: true)),
    ]

    /// One result per loss (those in `lossKeys`, or all) and model at `batch` points.
    public static func run(batch: Int = 48, runs: Int = 300, budget: Double = 0.5, lossKeys: Set<String> = []) throws -> [BenchmarkResult] {
        let data = TrainingStepBenchmark.data(batch: batch)
        let all = Array(0 ..< data.count)
        return try losses.filter { lossKeys.isEmpty || lossKeys.contains($0.key) }.flatMap { key, loss in
            try models.map { modelKey, model in
                let timing = try measure(model, loss, data, all, runs, budget)
                return BenchmarkResult(benchmark: "flagship-step", loss: key, batch: batch,
                                       medianMicroseconds: timing.medianMicroseconds,
                                       details: ["model": modelKey, "runs": "\(timing.runs)",
                                                 "min_us": String(format: "%.1f", timing.minMicroseconds)])
            }
        }
    }

    private static func measure(_ model: some EmbeddingModel, _ loss: some Loss, _ data: Dataset, _ all: [Int],
                                _ runs: Int, _ budget: Double) throws -> Timing {
        var rng = RNG(seed: 1)
        var step = TrainingStep(model: model, loss: loss, optimizer: Adam(lr: 0.01), data: data, using: &rng)
        return try Timing.measure(warmup: 2, runs: runs, budget: budget) { _ = try step(on: data, indices: all, learningRate: 0.01) }
    }
}
