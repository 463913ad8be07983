/// Stochastic gradient descent with (heavy-ball) momentum, as PyTorch's `optim.SGD`.
public struct SGD: Optimizer {
    public let learningRate: Double
    /// The momentum coefficient (0: plain SGD).
    public let momentum: Double
    private var velocity: [[Double]] = []

    /// SGD with this learning rate and momentum.
    public init(lr: Double, momentum: Double = 0.9) {
        learningRate = lr
        self.momentum = momentum
    }

    public mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRates: [Double]) {
        if velocity.isEmpty { velocity = gradients.map { [Double](repeating: 0, count: $0.count) } }
        for k in parameters.indices {
            let lr = learningRates[k]
            for t in parameters[k].indices {
                velocity[k][t] = momentum * velocity[k][t] + gradients[k][t]
                parameters[k][t] -= lr * velocity[k][t]
            }
        }
    }
}

extension SGD {
    public var invalidSettings: [InvalidSetting] { [.nonNegative("momentum", momentum)].compactMap { $0 } }
}

extension Optimizer where Self == SGD {
    /// SGD with momentum.
    public static func sgd(lr: Double, momentum: Double = 0.9) -> SGD { SGD(lr: lr, momentum: momentum) }
}
