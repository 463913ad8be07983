import Foundation
import MetricLab

extension FacilityLocation {
    /// Milliseconds per loss-plus-gradient (inference, tape and backward) at each batch size.
    ///
    /// Each batch has m·`classRatio` classes of equal size (the paper's C/m), drawn as Gaussian blobs
    /// in `dimension` dimensions whose centres overlap enough that greedy and PAM both have work to
    /// do. One result per size: the median loss-plus-gradient, with its fastest run and the median
    /// inference alone as details.
    public func benchmark(sizes: [Int] = [64, 128, 256, 512, 1024], classRatio: Double = 0.25,
                          dimension: Int = 2, budget: Double = 2, using rng: inout RNG) throws -> [BenchmarkResult] {
        try sizes.map { m in
            let classes = max(1, Int((Double(m) * classRatio).rounded()))
            let labels = (0 ..< m).map { $0 % classes }
            let centres = (0 ..< classes * dimension).map { _ in 2 * rng.gaussian() }
            let embeddings = Tensor(rows: m, cols: dimension, scalars: (0 ..< m * dimension).map { t in
                centres[labels[t / dimension] * dimension + t % dimension] + rng.gaussian()
            })
            let total = try Timing.measure(warmup: 1, runs: 50, budget: budget) {
                _ = try valueWithGradient(at: [embeddings]) { x in try self(x[0], labels: labels) }
            }
            let search = Timing.measure(warmup: 1, runs: 50, budget: budget / 2) {
                _ = inference(embeddings, labels: labels)
            }
            return BenchmarkResult(benchmark: "facility-location", loss: name, batch: m,
                                   medianMicroseconds: total.medianMicroseconds,
                                   details: ["classes": "\(classes)", "dim": "\(dimension)", "runs": "\(total.runs)",
                                             "refinement": "\(refinement)", "margin": margin.rawValue,
                                             "min_us": String(format: "%.1f", total.minMicroseconds),
                                             "inference_us": String(format: "%.1f", search.medianMicroseconds)])
        }
    }
}
