import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// L-Softmax, SphereFace, CosFace and ArcFace: hand-computed values, gradients, degenerate batches, PML fixtures.
@Suite struct LargeMarginSoftmaxTests {
    let points = Tensor([[1.0, 0.2], [-0.4, 1.2], [0.3, -0.9]])
    let labels = [0, 1, 1]
    /// Class vectors (columns): class 0 along (2, 1), class 1 along (−1, 1).
    let weights = Tensor([[2.0, -1.0], [1.0, 1.0]])

    /// −log softmax(logits)[target], written out.
    func crossEntropy(_ logits: [Double], _ target: Int) -> Double {
        log(logits.map(exp).reduce(0, +)) - logits[target]
    }

    /// cos θ between point i and class column j, written out.
    func cosine(_ i: Int, _ j: Int) -> Double {
        let x = points.row(i), w = [weights[0, j], weights[1, j]]
        return (x[0] * w[0] + x[1] * w[1]) / (hypot(x[0], x[1]) * hypot(w[0], w[1]))
    }

    /// The mean cross-entropy with the target cosine replaced by ψ and logits scaled by s (and ‖x‖, and ‖w‖).
    func expected(_ psi: (Double) -> Double, scale: Double, byNorm: Bool = false, byWeightNorm: Bool = false) -> Double {
        (0 ..< 3).map { i in
            let r = byNorm ? hypot(points[i, 0], points[i, 1]) : 1
            let logits = (0 ..< 2).map { j in
                let w = byWeightNorm ? hypot(weights[0, j], weights[1, j]) : 1
                return scale * r * w * (j == labels[i] ? psi(cosine(i, j)) : cosine(i, j))
            }
            return crossEntropy(logits, labels[i])
        }.reduce(0, +) / 3
    }

    @Test func cosFaceValueByHand() throws {
        let loss = CosFace(margin: 0.35, scale: 4)
        #expect(try abs(loss(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - expected({ $0 - 0.35 }, scale: 4)) < 1e-12)
    }

    @Test func arcFaceValueByHand() throws {
        let loss = ArcFace(marginDegrees: 28.6, scale: 4)
        let m = 28.6 * .pi / 180
        let psi: (Double) -> Double = { c in acos(c) <= .pi - m ? cos(acos(c) + m) : c - m * sin(m) }
        #expect(try abs(loss(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - expected(psi, scale: 4)) < 1e-12)
        #expect(acos(cosine(0, 0)) < .pi - m && acos(cosine(2, 1)) > .pi - m, "both branches of ψ are used")
    }

    @Test func arcFaceBeyondTheTurnUsesTheLinearBranch() throws {
        // The point lies almost opposite its class vector: θ > π − m.
        let x = Tensor([[-2.0, -0.9]]), m = 28.6 * .pi / 180
        let c = (-2.0 * 2 - 0.9) / (hypot(2, 0.9) * hypot(2, 1)), other = (2.0 - 0.9) / (hypot(2, 0.9) * hypot(1, 1))
        #expect(acos(c) > .pi - m)
        let expected = crossEntropy([4 * (c - m * sin(m)), 4 * other], 0)
        #expect(try abs(ArcFace(scale: 4)(x, labels: [0], parameters: LossParameters(.classWeights, weights)).scalar - expected) < 1e-12)
    }

    @Test func sphereFaceValueByHand() throws {
        let psi: (Double) -> Double = { c in
            let theta = acos(c), k = floor(theta / (.pi / 4))
            return pow(-1, k) * cos(4 * theta) - 2 * k
        }
        let loss = SphereFace(margin: 4, scale: 1)
        #expect(try abs(loss(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - expected(psi, scale: 1, byNorm: true)) < 1e-12)
    }

    @Test func lSoftmaxValueByHand() throws {
        let psi: (Double) -> Double = { c in
            let theta = acos(c), k = floor(theta / (.pi / 3))
            return pow(-1, k) * cos(3 * theta) - 2 * k
        }
        let value = try LSoftmax(margin: 3, scale: 1.5)(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar
        #expect(abs(value - expected(psi, scale: 1.5, byNorm: true, byWeightNorm: true)) < 1e-12)
        // With m = 1, ψ is the cosine itself and L-Softmax is plain softmax on x·W.
        let logits = points.matmul(weights)
        let plain = (0 ..< 3).map { i in crossEntropy([logits[i, 0], logits[i, 1]], labels[i]) }.reduce(0, +) / 3
        #expect(try abs(LSoftmax(margin: 1)(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar - plain) < 1e-12)
    }

    @Test func sphereFaceMarginsOneToFiveAreCosinesOfMultipleAngles() throws {
        for m in 1 ... 5 {
            let psi: (Double) -> Double = { c in
                let theta = acos(c), k = floor(theta / (.pi / Double(m)))
                return pow(-1, k) * cos(Double(m) * theta) - 2 * k
            }
            let value = try SphereFace(margin: m, scale: 2)(points, labels: labels, parameters: LossParameters(.classWeights, weights)).scalar
            #expect(abs(value - expected(psi, scale: 2, byNorm: true)) < 1e-12, "m = \(m)")
        }
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let x = randomTensor(6, 3, seed: 11), w = randomTensor(3, 4, seed: 12), y = [0, 1, 2, 3, 1, 2]
        let losses: [any LargeMarginSoftmax] = [LSoftmax(), SphereFace(), CosFace(scale: 8), ArcFace(scale: 8), ArcFace(), CosFace()]
        for loss in losses {
            #expect(try gradientError(at: [x, w]) { try loss($0[0], labels: y, parameters: LossParameters(.classWeights, $0[1])) } < 1e-6, "\(loss.name)")
        }
    }

    @Test func degenerateBatchesStayFinite() throws {
        let losses: [any LargeMarginSoftmax] = [LSoftmax(), SphereFace(), CosFace(), ArcFace()]
        let w = randomTensor(2, 3, seed: 5)
        let cases: [(Tensor, [Int])] = [
            (randomTensor(4, 2, seed: 6), [1, 1, 1, 1]),           // a single class
            (randomTensor(1, 2, seed: 7), [2]),                    // a single example
            (Tensor([[0.0, 0.0], [1, 2]]), [0, 1]),                // an embedding at the origin
            (Tensor([[2.0, 1.0], [-2, -1]]), [0, 0]),              // cosines of exactly ±1
        ]
        for loss in losses {
            for (x, y) in cases {
                let w = x.rows == 2 && y == [0, 0] ? Tensor([[2.0, 0, 1], [1, 1, 0]]) : w
                let (value, gradients) = try valueWithGradient(at: [x, w]) { try loss($0[0], labels: y, parameters: LossParameters(.classWeights, $0[1])) }
                #expect(value.isFinite, "\(loss.name) on \(y)")
                #expect(gradients.allSatisfy { $0.scalars.allSatisfy(\.isFinite) }, "\(loss.name) on \(y)")
            }
        }
    }

    @Test func worksAtLargerEmbeddingSizes() throws {
        var rng = RNG(seed: 3)
        for d in [3, 8, 16] {
            let w = ArcFace().makeParameters(embeddingSize: d, classes: 3, using: &rng)
            let weights = try #require(w[.classWeights])
            #expect(w.names == ["classWeights"] && weights.rows == d && weights.cols == 3)
            let x = randomTensor(5, d, seed: UInt64(d))
            #expect(try gradientError(at: [x, weights]) { try ArcFace(scale: 8)($0[0], labels: [0, 1, 2, 0, 1], parameters: LossParameters(.classWeights, $0[1])) } < 1e-6)
        }
    }

    @Test func weightRowsAreTheColumnsOfW() throws {
        #expect(try CosFace().weightRows(in: LossParameters(.classWeights, weights))?.rowArrays == [[2, 1], [-1, 1]])
    }
}
