import MetricLab

/// Microseconds per forward-and-backward of the tensor core's hot ops at a given size.
///
/// Sizes are the batch sizes of the training benchmark: an m×64 by 64×64 matrix product (an MLP
/// layer), the m×m pairwise distances of 2-D points and the row-wise log-sum-exp of an m×m matrix.
public enum TensorBenchmark {
    /// The ops measured.
    public static let ops = ["matmul", "pairwise-distances", "logsumexp"]

    /// One result per op at size `m`.
    public static func run(size m: Int, runs: Int = 200, budget: Double = 0.5) -> [BenchmarkResult] {
        var rng = RNG(seed: 3)
        let wide = rng.gaussian(rows: m, cols: 64), weights = rng.gaussian(rows: 64, cols: 64)
        let points = rng.gaussian(rows: m, cols: 2), square = rng.gaussian(rows: m, cols: m)
        let bodies: [(String, () -> Void)] = [
            ("matmul", { _ = valueWithGradient(at: [wide, weights]) { $0[0].matmul($0[1]).sum() } }),
            ("pairwise-distances", { _ = valueWithGradient(at: [points]) { $0[0].pairwiseDistances().sum() } }),
            ("logsumexp", { _ = valueWithGradient(at: [square]) { $0[0].logSumExpRows().sum() } }),
        ]
        return bodies.map { op, body in
            resetPeakMemory()
            let timing = Timing.measure(warmup: 2, runs: runs, budget: budget, body)
            return BenchmarkResult(benchmark: "tensor", loss: op, batch: m, medianMicroseconds: timing.medianMicroseconds,
                                   details: ["runs": "\(timing.runs)",
                                             "min_us": String(format: "%.1f", timing.minMicroseconds),
                                             "peak_mib": String(format: "%.1f", peakMemoryMiB())])
        }
    }
}
