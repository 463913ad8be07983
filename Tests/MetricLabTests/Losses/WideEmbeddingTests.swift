@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The multi-similarity, ranked list, magnet, circle, MMC and proxy losses at embedding sizes
/// beyond the plane (12 columns take the matrix-product path of the distances), on raw and on
/// L2-normalised embeddings.
@Suite struct WideEmbeddingTests {
    static let size = 12
    let labels = [0, 0, 1, 1, 2, 2, 0, 1]
    let x = randomTensor(8, size, seed: 71)

    func check(_ f: @escaping ([Tensor]) throws -> Tensor, at points: [Tensor]) throws {
        #expect(try gradientError(at: points, of: f) < 1e-6)
        #expect(try gradientError(at: points) { try f([$0[0].l2NormalizedRows()] + $0.dropFirst()) } < 1e-6)
    }

    @Test func lossesWithoutParameters() throws {
        let losses: [any Loss] = [MultiSimilarity(), MultiSimilarity.paper, RankedList(), Magnet(), MMC()]
        for loss in losses { try check({ try loss($0[0], labels: labels) }, at: [x]) }
        // Circle's self-paced weights are constants of the step: differences hold them at x.
        try check({ try Circle()($0[0], labels: labels, weightsAt: x) }, at: [x])
    }

    @Test func lossesWithParameters() throws {
        var rng = RNG(seed: 72)
        let losses: [any Loss] = [ProxyNCA(), ProxyNCA.paper, ProxyAnchor(), SoftTriple(centersPerClass: 3, regularization: 0.2)]
        for loss in losses {
            let parameters = loss.makeParameters(embeddingSize: Self.size, classes: 3, using: &rng)
            try check({ try loss($0[0], labels: labels, parameters: parameters.replacing(Array($0.dropFirst()))) }, at: [x] + parameters.tensors)
        }
    }
}
