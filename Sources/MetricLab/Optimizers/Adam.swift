import CKernels
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
        let (beta1, beta2, epsilon) = (self.beta1, self.beta2, self.epsilon)
        var (m, v) = (self.m, self.v)
        (self.m, self.v) = ([], [])
        defer { (self.m, self.v) = (m, v) }
        for k in parameters.indices {
            let constants = metriclab_adam_constants(beta1: beta1, beta2: beta2, one_minus_beta1: 1 - beta1,
                                                     one_minus_beta2: 1 - beta2, correction1: correction1,
                                                     correction2: correction2, learning_rate: learningRates[k],
                                                     epsilon: epsilon)
            parameters[k].withUnsafeMutableBufferPointer { p in gradients[k].withUnsafeBufferPointer { g in
                m[k].withUnsafeMutableBufferPointer { m in v[k].withUnsafeMutableBufferPointer { v in
                    Self.update(p, g, m, v, constants)
                } }
            } }
        }
    }

    /// One step of the moments and the parameters over plain buffers, by the widest kernel here
    /// or the Swift loop: the same bits either way (the kernels round each multiply and add apart).
    static func update(_ p: UnsafeMutableBufferPointer<Double>, _ g: UnsafeBufferPointer<Double>,
                       _ m: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>,
                       _ constants: metriclab_adam_constants, kernel: GEMM.Kernel = GEMM.kernel) {
        var constants = constants
        switch kernel {
        case .avx512: return metriclab_adam_avx512(p.baseAddress, g.baseAddress, m.baseAddress, v.baseAddress, p.count, &constants)
        case .avx2: return metriclab_adam_avx2(p.baseAddress, g.baseAddress, m.baseAddress, v.baseAddress, p.count, &constants)
        case .portable: break
        }
        let (beta1, beta2, correction1, correction2) = (constants.beta1, constants.beta2, constants.correction1, constants.correction2)
        let (lr, epsilon) = (constants.learning_rate, constants.epsilon)
        for i in 0 ..< p.count {
            let gi = g[i]
            m[i] = beta1 * m[i] + (1 - beta1) * gi
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi
            let mHat = m[i] / correction1, vHat = v[i] / correction2
            p[i] -= lr * mHat / (vHat.squareRoot() + epsilon)
        }
    }
}

extension Adam {
    public var invalidSettings: [InvalidSetting] {
        [.decay("beta1", beta1), .decay("beta2", beta2), .nonNegative("epsilon", epsilon)].compactMap { $0 }
    }
}

extension Optimizer where Self == Adam {
    /// Adam with PyTorch's defaults.
    public static func adam(lr: Double) -> Adam { Adam(lr: lr) }
}
