import Foundation

extension Tensor {
    /// An elementwise op: `forward` gives each output, `derivative(x, y)` its slope at input x, output y.
    @inline(__always)
    func map(_ forward: (Double) -> Double,
             derivative: @escaping (Double, Double) -> Double) -> Tensor {
        let x = scalars
        var y = [Double](repeating: 0, count: count)
        x.withUnsafeBufferPointer { x in y.withUnsafeMutableBufferPointer { y in
            for i in 0 ..< x.count { y[i] = forward(x[i]) }
        } }
        let out = y
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                x.withUnsafeBufferPointer { x in out.withUnsafeBufferPointer { y in
                    for i in 0 ..< gx.count { gx[i] += g[i] * derivative(x[i], y[i]) }
                } }
            }
        }
    }

    /// e to the power of each entry.
    public func exp() -> Tensor { map(Foundation.exp, derivative: { _, y in y }) }
    /// Natural logarithm of each entry.
    public func log() -> Tensor { map(Foundation.log, derivative: { x, _ in 1 / x }) }
    /// Square root of each entry.
    public func sqrt() -> Tensor { map(Foundation.sqrt, derivative: { _, y in 0.5 / y }) }
    /// Each entry raised to the power p.
    public func pow(_ p: Double) -> Tensor {
        map({ Foundation.pow($0, p) }, derivative: { x, _ in p * Foundation.pow(x, p - 1) })
    }
    /// Each entry squared.
    public func squared() -> Tensor { map({ $0 * $0 }, derivative: { x, _ in 2 * x }) }
    /// Absolute value of each entry (slope 0 at 0).
    public func abs() -> Tensor { map(Swift.abs, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }) }
    /// max(0, x) of each entry: the hinge (slope 0 at 0, as in PyTorch).
    public func relu() -> Tensor { map({ Swift.max(0, $0) }, derivative: { x, _ in x > 0 ? 1 : 0 }) }
    /// log(1 + eˣ) of each entry, computed without overflow.
    public func softplus() -> Tensor {
        map({ Swift.max($0, 0) + Foundation.log1p(Foundation.exp(-Swift.abs($0))) },
            derivative: { x, _ in 1 / (1 + Foundation.exp(-x)) })
    }
    /// Hyperbolic tangent of each entry.
    public func tanh() -> Tensor { map(Foundation.tanh, derivative: { _, y in 1 - y * y }) }
    /// Logistic sigmoid of each entry.
    public func sigmoid() -> Tensor { map({ 1 / (1 + Foundation.exp(-$0)) }, derivative: { _, y in y * (1 - y) }) }
    /// Each entry limited to [low, high]; the slope is 0 outside.
    public func clamp(min low: Double = -.infinity, max high: Double = .infinity) -> Tensor {
        map({ Swift.min(Swift.max($0, low), high) }, derivative: { x, _ in x >= low && x <= high ? 1 : 0 })
    }
    /// Square root with slope 0 at 0: a distance's gradient where two points coincide.
    func sqrtZeroSafe() -> Tensor {
        map({ Foundation.sqrt(Swift.max($0, 0)) }, derivative: { _, y in y > 0 ? 0.5 / y : 0 })
    }
}
