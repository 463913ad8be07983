/// RMSprop (Tieleman & Hinton 2012), the facility-location paper's optimizer; PyTorch's defaults.
public struct RMSprop: Optimizer {
    public let learningRate: Double
    /// Decay of the running mean of squared gradients.
    public let alpha: Double
    /// Added to the root mean square to avoid division by zero.
    public let epsilon: Double
    private var meanSquare: [[Double]] = []

    /// RMSprop with this learning rate (PyTorch: alpha 0.99, epsilon 1e-8).
    public init(lr: Double, alpha: Double = 0.99, epsilon: Double = 1e-8) {
        learningRate = lr
        self.alpha = alpha
        self.epsilon = epsilon
    }

    public mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRates: [Double]) {
        if meanSquare.isEmpty { meanSquare = gradients.map { [Double](repeating: 0, count: $0.count) } }
        for k in parameters.indices {
            let lr = learningRates[k]
            for t in parameters[k].indices {
                let g = gradients[k][t]
                meanSquare[k][t] = alpha * meanSquare[k][t] + (1 - alpha) * g * g
                parameters[k][t] -= lr * g / (meanSquare[k][t].squareRoot() + epsilon)
            }
        }
    }
}

extension RMSprop {
    public var invalidSettings: [InvalidSetting] {
        [.decay("alpha", alpha), .nonNegative("epsilon", epsilon)].compactMap { $0 }
    }
}

extension Optimizer where Self == RMSprop {
    /// RMSprop with PyTorch's defaults.
    public static func rmsprop(lr: Double) -> RMSprop { RMSprop(lr: lr) }
}
