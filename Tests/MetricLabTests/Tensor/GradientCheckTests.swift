import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The library's gradient check: it passes a correct gradient, catches a wrong one, and covers a
/// loss's own parameters by name.
@Suite struct GradientCheckTests {
    @Test func aCorrectGradientPassesAndItsSizeIsReported() {
        let x = Tensor([[1.0, -2.0], [0.5, 3.0]])
        let check = GradientCheck(at: [x], names: ["x"]) { ($0[0] * $0[0]).sum() }
        #expect(check.passes())
        #expect(check.inputs.count == 1 && check.inputs[0].name == "x" && check.inputs[0].rows == 2)
        #expect(check.inputs[0].largestGradient == 6, "∂(Σx²)/∂x = 2x, largest at x = 3")
        #expect(check.description.hasPrefix("x (2×2): largest error "))
    }

    /// An op whose pullback is wrong on purpose (it forgets the factor 2 of x²) must fail.
    @Test func aWrongPullbackIsCaught() {
        let x = Tensor([[1.0, -2.0]])
        let check = GradientCheck(at: [x]) { points in
            let p = points[0]
            // The forward value is x²; the value seen by the tape is x·stop(x), whose gradient is x.
            return (p * p.detached).sum()
        }
        #expect(!check.passes())
        #expect(abs(check.largestError - 2.0 / 4) < 1e-6, "tape 2 against 4 at x = −2: |2 − 4| / 4")
    }

    /// A loss with a parameter of its own: every input is checked under its own name.
    @Test func aLossIsCheckedWithItsOwnParameters() throws {
        var rng = RNG(seed: 5)
        let x = rng.gaussian(rows: 8, cols: 3)
        let labels = [0, 0, 1, 1, 2, 2, 3, 3]
        let loss = ProxyAnchor()
        let parameters = loss.makeParameters(embeddingSize: 3, classes: 4, using: &rng)
        let check = try GradientCheck(loss, embeddings: x, labels: labels, parameters: parameters)
        #expect(check.inputs.map(\.name) == ["embeddings", "proxies"])
        #expect(check.inputs[1].rows == 4 && check.inputs[1].cols == 3)
        #expect(check.passes(), "\(check)")
        #expect(check.inputs.allSatisfy { $0.largestGradient > 0 })
    }
}
