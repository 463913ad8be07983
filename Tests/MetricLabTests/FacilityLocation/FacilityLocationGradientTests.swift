import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct FacilityLocationGradientTests {
    /// Random continuous batches have no ties, so small steps change no decision and the loss is
    /// smooth there: the tape must match central differences.
    @Test(arguments: [(12, 3, 2), (16, 4, 3), (20, 5, 2), (10, 6, 2)])
    func gradientMatchesFiniteDifferences(_ m: Int, _ classes: Int, _ dimension: Int) throws {
        var rng = RNG(seed: UInt64(m * 31 + classes))
        let (x, labels) = randomBatch(m: m, classes: classes, dimension: dimension, grid: false, rng: &rng)
        let loss = FacilityLocation()
        #expect(try loss(x, labels: labels).scalar > 0)
        #expect(try gradientError(at: [x], step: 1e-6) { try loss($0[0], labels: labels) } < 1e-6)
    }

    /// In 64 dimensions (the paper's embedding size) the tape's loss equals the inference's, which
    /// measures distances by direct subtraction: no ‖a‖² + ‖b‖² − 2a·b noise at the medoids.
    @Test func wideEmbeddingsKeepTheLossExact() throws {
        var rng = RNG(seed: 64)
        let (x, labels) = randomBatch(m: 12, classes: 3, dimension: 64, grid: false, rng: &rng)
        let loss = FacilityLocation()
        let inference = loss.inference(x, labels: labels)
        #expect(abs(loss.loss(x, given: inference).scalar - inference.loss) < 1e-11)
        #expect(try gradientError(at: [x], step: 1e-6) { try loss($0[0], labels: labels) } < 1e-6)
    }

    @Test func negativeHingeGivesZeroLossAndGradient() throws {
        // Two tight, far-apart classes: inference recovers the classes and the margin is 0.
        let x = Tensor([[0, 0], [0.1, 0], [0, 0.1], [5, 5], [5.1, 5], [5, 5.2]])
        let labels = [0, 0, 0, 1, 1, 1]
        let inference = FacilityLocation().inference(x, labels: labels)
        #expect(inference.hingeArgument <= 1e-12)
        let (value, gradients) = try valueWithGradient(at: [x]) { try FacilityLocation()($0[0], labels: labels) }
        #expect(abs(value) < 1e-12)
        #expect(gradients[0].scalars.allSatisfy { abs($0) < 1e-12 })
    }

    struct Degenerate: Sendable, CustomStringConvertible {
        let description: String
        let embeddings: [[Double]]
        let labels: [Int]
    }

    static let degenerate = [
        Degenerate(description: "one class", embeddings: [[0, 0], [1, 0], [0, 2], [3, 1]], labels: [4, 4, 4, 4]),
        Degenerate(description: "every point its own class", embeddings: [[0, 0], [1, 0], [0, 2]], labels: [0, 1, 2]),
        Degenerate(description: "all points identical", embeddings: [[1, 1], [1, 1], [1, 1], [1, 1]], labels: [0, 1, 0, 1]),
        Degenerate(description: "duplicates across classes", embeddings: [[0, 0], [0, 0], [2, 0], [2, 0], [2, 0]],
                   labels: [0, 1, 0, 1, 2]),
        Degenerate(description: "one point", embeddings: [[3, 4]], labels: [7]),
        Degenerate(description: "two points, two classes", embeddings: [[0, 0], [0, 0]], labels: [0, 1]),
        Degenerate(description: "more classes than points per class", embeddings: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
                   labels: [0, 1, 2, 3, 3]),
    ]

    @Test(arguments: degenerate, FacilityLocation.Margin.allCases)
    func degenerateBatchesGiveFiniteLossAndGradient(_ batch: Degenerate, _ margin: FacilityLocation.Margin) throws {
        let x = Tensor(batch.embeddings)
        let loss = FacilityLocation(margin: margin)
        let inference = loss.inference(x, labels: batch.labels)
        #expect(inference.medoids.count == Set(batch.labels).count)
        #expect(Set(inference.medoids).count == inference.medoids.count)
        #expect(inference.clusteringScore >= 0 && inference.clusteringScore <= 1)
        let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: batch.labels) }
        #expect(value.isFinite && value >= 0)
        #expect(gradients[0].scalars.allSatisfy { $0.isFinite })
    }

    @Test func anEmptyBatchHasZeroLoss() throws {
        #expect(try FacilityLocation()(Tensor.zeros(0, 2), labels: []).scalar == 0)
    }
}
