import Foundation
import MetricLab
import MetricLabBenchmarks
import Testing

/// The training step's lower bound: its matrix products' operations, counted by hand here.
@Suite struct StepBoundTests {
    /// MLP 2-64-64-2 at batch 32: 2·32·2·64 twice (forward, weights), 2·32·64·64 and 2·32·64·2 three
    /// times each (forward, weights, input); a pair loss adds 3·2·32·32·2.
    @Test func flopsOfTheProducts() {
        let model = 2.0 * 32 * 2 * 64 * 2 + 2.0 * 32 * 64 * 64 * 3 + 2.0 * 32 * 64 * 2 * 3
        #expect(StepBound.flops(batch: 32, layers: [2, 64, 64, 2], pairs: nil, width: 2) == model)
        #expect(StepBound.flops(batch: 32, layers: [2, 64, 64, 2], pairs: (32, 32), width: 2) == model + 3 * 2 * 32 * 32 * 2)
        #expect(StepBound.flops(batch: 8, layers: [], pairs: (8, 8), width: 2) == 768)
        #expect(StepBound(flops: 1000, flopsPerMicrosecond: 250).microseconds == 4)
    }

    /// A benchmark's bound: pairs of the batch for a pair loss (of each view's half for views),
    /// none for a proxy loss; the result states the bound and the step as a multiple of it.
    @Test func trainingStepsStateTheirBound() throws {
        let shared = try BenchmarkLoss.shared()
        func loss(_ key: String) throws -> BenchmarkLoss { try #require(shared.first { $0.key == key }) }
        let pairs = TrainingStepBenchmark(loss: try loss("contrastive"), batch: 64, model: .wide).bound(flopsPerMicrosecond: 1)
        let views = TrainingStepBenchmark(loss: try loss("self-supervised"), batch: 64, model: .wide).bound(flopsPerMicrosecond: 1)
        let proxies = TrainingStepBenchmark(loss: try loss("proxy-anchor"), batch: 64, model: .wide).bound(flopsPerMicrosecond: 1)
        let model = 2.0 * 64 * 64 * 128 * 2 + 2.0 * 64 * 128 * 32 * 3
        #expect(proxies.flops == model)
        #expect(pairs.flops == model + 6 * 64 * 64 * 32)
        #expect(views.flops == model + 6 * 32 * 32 * 32)
        let result = try TrainingStepBenchmark(loss: try loss("contrastive"), batch: 32, model: .mlp).run(runs: 2, budget: 0)
        let bound = try #require(result.details["bound_us"].flatMap(Double.init))
        let multiple = try #require(result.details["of_bound"].flatMap(Double.init))
        // Both printed to a tenth: the median lies within what that rounding leaves open. (A
        // relative tolerance of 3% fails whenever the multiple is below about 1.7, as when a
        // loaded test run measures a slow product rate: 1.15 printed as 1.2 is 4% off.)
        let (low, high) = ((multiple - 0.05) * (bound - 0.05), (multiple + 0.05) * (bound + 0.05))
        #expect(bound > 0 && low <= result.medianMicroseconds && result.medianMicroseconds <= high,
                "median \(result.medianMicroseconds) µs, bound \(bound) µs, multiple \(multiple)")
        #expect(BenchmarkResult.table([result]).contains("× bound"))
    }
}
