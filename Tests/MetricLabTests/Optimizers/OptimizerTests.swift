import Foundation
import MetricLab
import Testing

/// One or two steps of each optimizer against the update rules computed by hand.
@Suite struct OptimizerTests {
    @Test func sgdWithMomentum() {
        var sgd = SGD(lr: 0.1, momentum: 0.9)
        var p = [[1.0, -2.0]]
        sgd.step(&p, gradients: [[0.5, 1.0]], learningRates: [0.1])
        #expect(p == [[1 - 0.05, -2 - 0.1]])
        sgd.step(&p, gradients: [[0.5, 1.0]], learningRates: [0.1])
        // velocity = 0.9·g + g = 1.9 g
        #expect(abs(p[0][0] - (0.95 - 0.1 * 0.95)) < 1e-15)
    }

    @Test func rmspropFirstStep() {
        var opt = RMSprop(lr: 0.01)
        var p = [[1.0]]
        opt.step(&p, gradients: [[2.0]], learningRates: [0.01])
        let expected = 1 - 0.01 * 2 / ((0.01 * 4).squareRoot() + 1e-8)
        #expect(abs(p[0][0] - expected) < 1e-15)
    }

    /// Adam's first step moves each coordinate by about lr·sign(g), whatever the gradient's size.
    @Test func adamBiasCorrection() {
        var opt = Adam(lr: 0.1)
        var p = [[0.0, 0.0]]
        opt.step(&p, gradients: [[1e-3, -50]], learningRates: [0.1])
        #expect(abs(p[0][0] + 0.1) < 1e-5)
        #expect(abs(p[0][1] - 0.1) < 1e-9)
        opt.step(&p, gradients: [[1e-3, -50]], learningRates: [0.1])
        #expect(abs(p[0][1] - 0.2) < 1e-9)
    }

    @Test func learningRateSchedules() {
        #expect(LearningRateSchedule.constant.multiplier(at: 100) == 1)
        #expect(abs(LearningRateSchedule.exponential(factor: 0.5).multiplier(at: 3) - 0.125) < 1e-15)
    }
}

/// Settings no run can have are named by `train`, with their value, before the first step.
@Suite struct OptimizerSettingsTests {
    static let data = Blobs(classes: 2, perClass: 4).sample(seed: 1)

    /// The message `train` gives for `optimizer`, or nil when it trains.
    static func refusal(_ optimizer: some Optimizer) -> String? {
        do { _ = try train(.free, on: data, loss: Contrastive(), optimizer: optimizer, steps: 1); return nil } catch {
            return "\(error)"
        }
    }

    @Test func badSettingsAreRefusedWithTheirValue() {
        #expect(Self.refusal(Adam(lr: 0.01, beta1: 1)) == "train: the optimizer's beta1 is 1.0; it must be in 0..<1")
        #expect(Self.refusal(Adam(lr: 0.01, beta2: -0.1)) == "train: the optimizer's beta2 is -0.1; it must be in 0..<1")
        #expect(Self.refusal(Adam(lr: 0.01, epsilon: .nan)) == "train: the optimizer's epsilon is nan; it must be a finite number ≥ 0")
        #expect(Self.refusal(SGD(lr: 0.01, momentum: -0.5)) == "train: the optimizer's momentum is -0.5; it must be a finite number ≥ 0")
        #expect(Self.refusal(RMSprop(lr: 0.01, alpha: 1.5)) == "train: the optimizer's alpha is 1.5; it must be in 0..<1")
        #expect(Self.refusal(RMSprop(lr: 0.01, epsilon: -1)) == "train: the optimizer's epsilon is -1.0; it must be a finite number ≥ 0")
    }

    @Test func theDefaultsAndTheEdgesAreAccepted() {
        #expect(Adam(lr: 0.01).invalidSettings.isEmpty && SGD(lr: 0.01).invalidSettings.isEmpty)
        #expect(RMSprop(lr: 0.01).invalidSettings.isEmpty)
        #expect(Self.refusal(Adam(lr: 0.01, beta1: 0, epsilon: 0)) == nil)
        #expect(Self.refusal(SGD(lr: 0.01, momentum: 0)) == nil)
    }
}
