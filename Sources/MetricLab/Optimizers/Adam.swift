import Foundation

/// Adam (Kingma & Ba 2015) with bias correction; PyTorch's defaults.
public struct Adam: Optimizer {
    public let learningRate: Double
    /// Decay of the first moment.
    public let beta1: Double
    /// Decay of the second moment.
    public let beta2: Double
    /// Added to the root of the second moment.
    public let epsilon: Double
    private var m: [[Double]] = []
    private var v: [[Double]] = []
    private var t = 0

    /// Adam with this learning rate (PyTorch: betas 0.9, 0.999, epsilon 1e-8).
    public init(lr: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        learningRate = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    public mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRates: [Double]) {
        if m.isEmpty {
            m = gradients.map { [Double](repeating: 0, count: $0.count) }
            v = m
        }
        t += 1
        let correction1 = 1 - pow(beta1, Double(t)), correction2 = 1 - pow(beta2, Double(t))
        for k in parameters.indices {
            let lr = learningRates[k]
            for i in parameters[k].indices {
                let g = gradients[k][i]
                m[k][i] = beta1 * m[k][i] + (1 - beta1) * g
                v[k][i] = beta2 * v[k][i] + (1 - beta2) * g * g
                let mHat = m[k][i] / correction1, vHat = v[k][i] / correction2
                parameters[k][i] -= lr * mHat / (vHat.squareRoot() + epsilon)
            }
        }
    }
}

extension Optimizer where Self == Adam {
    /// Adam with PyTorch's defaults.
    public static func adam(lr: Double) -> Adam { Adam(lr: lr) }
}
