import Foundation
import MetricLab
@testable import MetricLabBenchmarks
import Testing

/// The model step: the training step with a loss that costs next to nothing, timed for each model
/// that has layers, with the model's products as its bound.
@Suite struct ModelStepBenchmarkTests {
    /// The stand-in loss is the mean of the squared entries, its gradient 2y/(m·d), by hand.
    @Test func meanOfSquaresByHand() throws {
        let y = Tensor(rows: 2, cols: 2, scalars: [1, -2, 0.5, 3]).asVariable
        let value = try MeanOfSquares()(y, labels: [0, 1])
        let byHand: Double = (1 + 4 + 0.25 + 9) / 4
        #expect(value.scalar == byHand)
        value.backward()
        #expect(y.grad.scalars == [0.5, -1, 0.25, 1.5])
    }

    /// The quick suite times the plane's MLP and the wide one, not free points; each row states
    /// the model's products alone as its bound.
    @Test func rowsForEachModelWithLayers() throws {
        var rows: [BenchmarkResult] = []
        try BenchmarkSuite.quick().run(only: ["model-step"]) { rows.append($0) }
        #expect(Set(rows.map(\.benchmark)) == ["model-step"])
        #expect(Set(rows.compactMap { $0.details["model"] }) == ["mlp", "wide"])
        #expect(rows.allSatisfy { $0.loss == MeanOfSquares.key && $0.medianMicroseconds > 0 })
        let plane = ModelStepBenchmark(batch: 32, model: .mlp).bound(flopsPerMicrosecond: 1)
        #expect(plane.flops == StepBound.flops(batch: 32, layers: [2, 64, 64, 2], pairs: nil, width: 2))
        let byHand: Double = 2.0 * 32 * 2 * 64 * 2 + 2.0 * 32 * 64 * 64 * 3 + 2.0 * 32 * 64 * 2 * 3
        #expect(plane.flops == byHand)
    }

    /// Picking losses leaves the model steps out unless they are asked for by name.
    @Test func lossKeysLeaveModelStepsOutUnlessNamed() throws {
        var families: [String] = []
        try BenchmarkSuite.quick().run(only: ["training-step"], lossKeys: ["contrastive"]) { families.append($0.benchmark) }
        #expect(Set(families) == ["training-step"])
        families = []
        try BenchmarkSuite.quick().run(only: [], lossKeys: ["contrastive"]) { families.append($0.benchmark) }
        #expect(!families.contains("model-step") && families.contains("training-step"))
        families = []
        try BenchmarkSuite.quick().run(only: ["model-step"], lossKeys: ["contrastive"]) { families.append($0.benchmark) }
        #expect(Set(families) == ["model-step"])
    }
}
