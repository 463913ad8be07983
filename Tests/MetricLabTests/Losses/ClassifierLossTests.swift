import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Softmax, normalised softmax and center loss: hand-computed values, gradients, degenerate
/// batches, the PML fixture of NormalizedSoftmaxLoss.
@Suite struct ClassifierLossTests {
    let points = Tensor([[1.0, 0.5], [-0.4, 1.2], [0.3, -0.9]])
    let labels = [0, 1, 1]
    let weights = Tensor([[2.0, -1.0], [1.0, 1.0]])

    /// −log softmax(logits)[target], written out.
    func crossEntropy(_ logits: [Double], _ target: Int) -> Double {
        log(logits.map(exp).reduce(0, +)) - logits[target]
    }

    @Test func softmaxValueByHand() throws {
        let bias = Tensor([[0.1, -0.3]])
        var total = 0.0
        for i in 0 ..< 3 {
            let logits = (0 ..< 2).map { j in points[i, 0] * weights[0, j] + points[i, 1] * weights[1, j] + bias[0, j] }
            total += crossEntropy(logits, labels[i])
        }
        #expect(try abs(Softmax()(points, labels: labels, parameters: LossParameters([(.classWeights, weights), (.bias, bias)])).scalar - total / 3) < 1e-12)
    }

    @Test func softmaxWithoutBiasMakesOnlyW() throws {
        var rng = RNG(seed: 1)
        let parameters = Softmax(hasBias: false).makeParameters(embeddingSize: 3, classes: 4, using: &rng)
        #expect(parameters.names == ["classWeights"] && parameters.tensors.map { [$0.rows, $0.cols] } == [[3, 4]])
        #expect(parameters.tensors[0].scalars.allSatisfy { abs($0) <= 1 / 3.0.squareRoot() })
        let logits = points.matmul(weights)
        let expected = (0 ..< 3).map { i in crossEntropy([logits[i, 0], logits[i, 1]], labels[i]) }.reduce(0, +) / 3
        #expect(try abs(Softmax(hasBias: false)(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - expected) < 1e-12)
    }

    @Test func normalizedSoftmaxValueByHand() throws {
        var total = 0.0
        for i in 0 ..< 3 {
            let logits = (0 ..< 2).map { j in
                let dot = points[i, 0] * weights[0, j] + points[i, 1] * weights[1, j]
                return dot / (hypot(points[i, 0], points[i, 1]) * hypot(weights[0, j], weights[1, j])) / 0.05
            }
            total += crossEntropy(logits, labels[i])
        }
        #expect(try abs(NormalizedSoftmax()(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - total / 3) < 1e-12)
    }

    @Test func centerValueByHand() throws {
        let x = Tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 1.0]]), centers = Tensor([[1.0, 1.0], [0.0, 0.0]])
        // ½‖x − c‖²: ½·1, ½·4, ½·4.
        #expect(try abs(Center()(x, labels: [0, 1, 0], parameters: LossParameters(.centers, centers)).scalar - 1.5) < 1e-12)
        #expect(try abs(Center.paper(x, labels: [0, 1, 0], parameters: LossParameters(.centers, centers)).scalar - 4.5) < 1e-12)
        #expect(try Center().weightRows(in: LossParameters(.centers, centers))?.rowArrays == [[1, 1], [0, 0]])
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let x = randomTensor(6, 3, seed: 21), y = [0, 1, 2, 3, 1, 2]
        let w = randomTensor(3, 4, seed: 22), b = randomTensor(1, 4, seed: 23), c = randomTensor(4, 3, seed: 24)
        #expect(try gradientError(at: [x, w, b]) { try Softmax()($0[0], labels: y, parameters: LossParameters([(.classWeights, $0[1]), (.bias, $0[2])])) } < 1e-6)
        #expect(try gradientError(at: [x, w]) { try NormalizedSoftmax()($0[0], labels: y, parameters: LossParameters(.classWeights, $0[1])) } < 1e-6)
        #expect(try gradientError(at: [x, c]) { try Center()($0[0], labels: y, parameters: LossParameters(.centers, $0[1])) } < 1e-6)
    }

    @Test func degenerateBatchesStayFinite() throws {
        var rng = RNG(seed: 9)
        let losses: [any Loss] = [Softmax(), NormalizedSoftmax(), Center()]
        let cases: [(Tensor, [Int])] = [
            (randomTensor(4, 2, seed: 6), [1, 1, 1, 1]),
            (randomTensor(1, 2, seed: 7), [2]),
            (Tensor([[0.0, 0.0], [1, 2]]), [0, 1]),
        ]
        for loss in losses {
            let parameters = loss.makeParameters(embeddingSize: 2, classes: 3, using: &rng)
            for (x, y) in cases {
                let (value, gradients) = try valueWithGradient(at: [x] + parameters.tensors) {
                    try loss($0[0], labels: y, parameters: parameters.replacing(Array($0.dropFirst())))
                }
                #expect(value.isFinite, "\(loss.name) on \(y)")
                #expect(gradients.allSatisfy { $0.scalars.allSatisfy(\.isFinite) }, "\(loss.name) on \(y)")
            }
        }
    }
}
