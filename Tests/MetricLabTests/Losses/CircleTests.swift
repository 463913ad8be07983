import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct CircleTests {
    let labels = [0, 0, 1, 1, 2, 2, 0]
    let x = randomTensor(7, 3, seed: 21)

    /// e₀ ⟂ e₁ (same class), e₂ at 45° from both: anchors 0 and 1 have one positive (s = 0) and one
    /// negative (s = 1/√2); anchor 2 has no positive and no term.
    @Test func valueByHand() throws {
        let points = Tensor([[2, 0], [0, 3], [1, 1]])
        let (m, g) = (0.4, 80.0), sp = 0.0, sn = 1 / 2.0.squareRoot()
        let logit = g * (sn + m) * (sn - m) - g * (1 + m - sp) * (sp - (1 - m))
        let expected = log(1 + exp(logit))
        #expect(try abs(Circle()(points, labels: [0, 0, 1]).scalar - expected) < 1e-9)
    }

    /// The weights αₚ, αₙ are constants of the step, so differences are taken with them held at x.
    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [Circle(), .faceRecognition, Circle(m: 0.1, gamma: 4)] {
            let tape = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }.gradients[0]
            let frozen = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels, weightsAt: x) }.gradients[0]
            #expect(tape.scalars == frozen.scalars)
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels, weightsAt: x) } < 1e-6)
        }
    }

    @Test func degenerateBatchesGiveZero() throws {
        for labels in [[0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6]] {
            let (value, g) = try valueWithGradient(at: [x]) { try Circle()($0[0], labels: labels) }
            #expect(value == 0 && g[0].scalars.allSatisfy { $0 == 0 })
        }
    }

    /// A miner with a huge slack keeps every pair (the plain loss); with a negative one, none.
    @Test func miningChoosesThePairs() throws {
        let all = try Circle()(x, labels: labels).scalar
        #expect(all > 0)
        #expect(try Circle().mined(by: MultiSimilarityMiner(epsilon: 10))(x, labels: labels).scalar == all)
        #expect(try Circle().mined(by: MultiSimilarityMiner(epsilon: -10))(x, labels: labels).scalar == 0)
    }
}
