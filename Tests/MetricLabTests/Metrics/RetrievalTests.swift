import Foundation
import MetricLab
import Testing

/// The `metrics` section of the pytorch-metric-learning reference fixture.
struct MetricsFixture: Decodable {
    let embeddings: [[Double]]
    let labels: [Int]
    let precision_at_1: Double
    let r_precision: Double
    let mean_average_precision_at_r: Double
    let clustering: [Int]
    let nmi_geometric: Double
    let nmi_arithmetic: Double

    static func load() throws -> MetricsFixture {
        struct File: Decodable { let metrics: MetricsFixture }
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/pml-reference.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).metrics
    }
}

@Suite struct RetrievalTests {
    @Test func matchesPyTorchMetricLearning() throws {
        let f = try MetricsFixture.load()
        let r = Retrieval(Tensor(f.embeddings), labels: f.labels)
        #expect(abs(r.precisionAt1 - f.precision_at_1) < 1e-12)
        #expect(abs(r.rPrecision - f.r_precision) < 1e-12)
        #expect(abs(r.mapAtR - f.mean_average_precision_at_r) < 1e-12)
    }

    /// Five points on a line, A at 0, 1, 2.5 and B at 1.6, 5; worked by hand:
    /// query 0 ranks A B A B (R = 2: AP 1/2); query 1 ranks B A A B (AP 1/4); query 2 ranks A A A
    /// B (R = 1: 0, and its hit only at rank 4); query 3 ranks B A A B, 0 before 4 at equal distance (AP 1/4); query 4 ranks A B A A (0).
    @Test func handWorkedRanking() {
        let points = Tensor([[0], [1], [1.6], [2.5], [5]])
        let labels = [0, 0, 1, 0, 1]
        let r = Retrieval(points, labels: labels)
        #expect(abs(r.mapAtR - (0.5 + 0.25 + 0 + 0.25 + 0) / 5) < 1e-15)
        #expect(abs(r.rPrecision - (0.5 + 0.5 + 0 + 0.5 + 0) / 5) < 1e-15)
        #expect(abs(r.precisionAt1 - 1.0 / 5) < 1e-15)
        #expect(abs(r.recall(at: 1) - 1.0 / 5) < 1e-15)
        #expect(abs(r.recall(at: 2) - 4.0 / 5) < 1e-15)
        #expect(abs(r.recall(at: 3) - 4.0 / 5) < 1e-15)
        #expect(abs(r.recall(at: 4) - 1) < 1e-15)
        #expect(abs(r.recall(at: 8) - 1) < 1e-15)
        #expect(r.queryCount == 5 && r.depth == 4)
        #expect(Retrieval(points, labels: labels, depth: 1).depth == 2)
    }

    @Test func lonelyQueriesAreLeftOut() {
        let base = Retrieval(Tensor([[0], [1], [1.6], [2.5], [5]]), labels: [0, 0, 1, 0, 1])
        let withLoner = Retrieval(Tensor([[0], [1], [1.6], [2.5], [5], [0.9]]), labels: [0, 0, 1, 0, 1, 2])
        #expect(withLoner.queryCount == 5)
        // The loner still takes places in the others' rankings.
        #expect(withLoner.precisionAt1 == 0 && base.precisionAt1 == 0.2)
    }

    /// With no class of two examples no query has a positive: every score is undefined, NaN, not
    /// PML's 0, which reads as a measured failure.
    @Test func noPositivesLeaveEveryScoreUndefined() {
        for (points, labels) in [(Tensor([[0], [1]]), [0, 1]), (Tensor([[0]]), [0]), (Tensor.zeros(0, 2), [])] {
            let r = Retrieval(points, labels: labels)
            #expect(r.queryCount == 0)
            #expect(r.mapAtR.isNaN && r.rPrecision.isNaN && r.precisionAt1.isNaN && r.recall(at: 1).isNaN)
        }
    }

    @Test func perfectAndReversedRankings() {
        let clustered = Blobs(classes: 4, perClass: 10, spread: 0.05, radius: 3).sample(seed: 1)
        let r = Retrieval(clustered.points, labels: clustered.labels)
        #expect(r.mapAtR == 1 && r.rPrecision == 1 && r.precisionAt1 == 1 && r.recall(at: 4) == 1 && r.depth == 9)
        #expect(Retrieval(clustered.points, labels: clustered.labels, depth: 20).depth == 20)
        // Same-class points farthest apart: a 1-D layout A B A B … puts every hit behind a miss.
        let alternating = Tensor((0 ..< 4).map { [Double($0)] })
        let worst = Retrieval(alternating, labels: [0, 1, 0, 1])
        #expect(worst.mapAtR == 0 && worst.precisionAt1 == 0)
    }

    /// MAP@R rewards the hits' order where R-precision does not. Three A's and one B on a line
    /// (R = 2 for each A; B is alone). A A B A: the A's score 1/2, 1/2 (A before B at equal
    /// distance), 1/4. A B A A: 1/4, 1/4 (B before A at equal distance), 1/2. R-precision is 1/2 throughout.
    @Test func mapAtRSeesOrderRPrecisionDoesNot() {
        let early = Retrieval(Tensor([[0], [1], [2], [3]]), labels: [0, 0, 1, 0])
        let late = Retrieval(Tensor([[0], [2], [1], [3]]), labels: [0, 0, 1, 0])
        #expect(abs(early.mapAtR - 5.0 / 12) < 1e-15 && abs(late.mapAtR - 4.0 / 12) < 1e-15)
        #expect(early.rPrecision == 0.5 && late.rPrecision == 0.5)
    }
}
