import CKernels
import Foundation

/// An elementwise function and its slope, as a value so that generic specialisation inlines both
/// into the forward and backward loops (a stored closure would cost a call per entry).
protocol ElementwiseFunction {
    /// f(x).
    func value(_ x: Double) -> Double
    /// f′ at input x with output y (whichever is cheaper to use).
    func slope(_ x: Double, _ y: Double) -> Double
    /// y = f(x) for a whole array: functions built on exp, log1p or tanh hand it to the vector kernels.
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>)
    /// gx += g · f′ for a whole array, or gx = 0 + g · f′ when `fresh` (gx unset, the same numbers).
    func addSlopes(_ g: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
                   _ gx: UnsafeMutableBufferPointer<Double>, fresh: Bool)
    /// What f(x) costs an entry, and f′ in the backward pass, as multiples of a plain arithmetic
    /// pass: a transcendental loop pays for the hand-off to other cores at a smaller size.
    var valueCost: Int { get }
    var slopeCost: Int { get }
}

extension ElementwiseFunction {
    var valueCost: Int { 1 }
    var slopeCost: Int { 1 }

    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        for i in 0 ..< x.count { y[i] = value(x[i]) }
    }

    func addSlopes(_ g: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
                   _ gx: UnsafeMutableBufferPointer<Double>, fresh: Bool) {
        if fresh {
            for i in 0 ..< gx.count { gx[i] = 0 + g[i] * slope(x[i], y[i]) }
        } else {
            for i in 0 ..< gx.count { gx[i] += g[i] * slope(x[i], y[i]) }
        }
    }
}

extension Tensor {
    /// Applies `f` to every entry, recording f′ for the backward pass; a large tensor is split
    /// over the cores (each entry's value is its own, wherever the split falls). The first gradient
    /// into the input is written, not added to zeros.
    ///
    /// The work of each pass counts the arrays it walks besides the function's own cost: the
    /// slopes read two and write a third, and at batch 512 the MLP's tanh slopes (512×64, by then
    /// out of L2) took an eighth of the model's step on one core while the other waited.
    func map<F: ElementwiseFunction>(_ f: F) -> Tensor {
        let x = scalars, n = count
        let out = x.withUnsafeBufferPointer { x in
            [Double](unsafeUninitializedCapacity: n) { y, initialized in
                forEachChunk(of: n, work: n * (1 + f.valueCost)) { r in
                    f.values(UnsafeBufferPointer(rebasing: x[r]), UnsafeMutableBufferPointer(rebasing: y[r]))
                }
                initialized = n
            }
        }
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx, fresh in
                x.withUnsafeBufferPointer { x in out.withUnsafeBufferPointer { y in
                    forEachChunk(of: n, work: n * (2 + f.slopeCost)) { r in
                        f.addSlopes(UnsafeBufferPointer(rebasing: g[r]), UnsafeBufferPointer(rebasing: x[r]),
                                    UnsafeBufferPointer(rebasing: y[r]), UnsafeMutableBufferPointer(rebasing: gx[r]), fresh: fresh)
                    }
                } }
            }
        }
    }

    /// e to the power of each entry.
    public func exp() -> Tensor { map(Exp()) }

    /// e^{f(x)} of each entry, f an affine map applied inside the op: one pass and one stored
    /// matrix where the map and then exp would take two (the backward needs only the output).
    public func exp(of map: Affine) -> Tensor {
        let (scale, offset) = (map.scale, map.offset)
        let out = scalars.withUnsafeBufferPointer { x in
            [Double](unsafeUninitializedCapacity: x.count) { y, initialized in
                for i in 0 ..< x.count { y[i] = scale * x[i] + offset }
                metriclab_exp(y.baseAddress, y.baseAddress, x.count)
                initialized = x.count
            }
        }
        let input = node
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            input?.accumulate { gx in for i in 0 ..< gx.count { gx[i] += g[i] * out[i] * scale } }
        }
    }
    /// Natural logarithm of each entry.
    public func log() -> Tensor { map(Log()) }
    /// Square root of each entry.
    public func sqrt() -> Tensor { map(Sqrt()) }
    /// Each entry raised to the power p.
    public func pow(_ p: Double) -> Tensor { map(Pow(p: p)) }
    /// Each entry squared.
    public func squared() -> Tensor { map(Square()) }
    /// Absolute value of each entry (slope 0 at 0).
    public func abs() -> Tensor { map(Abs()) }
    /// max(0, x) of each entry: the hinge (slope 0 at 0, as in PyTorch).
    public func relu() -> Tensor { map(ReLU()) }
    /// log(1 + eˣ) of each entry, computed without overflow.
    public func softplus() -> Tensor { map(Softplus()) }
    /// Hyperbolic tangent of each entry.
    public func tanh() -> Tensor { map(Tanh()) }
    /// Logistic sigmoid of each entry.
    public func sigmoid() -> Tensor { map(Sigmoid()) }
    /// Each entry limited to [low, high]; the slope is 0 outside.
    public func clamp(min low: Double = -.infinity, max high: Double = .infinity) -> Tensor {
        map(Clamp(low: low, high: high))
    }
    /// Square root with slope 0 at 0: a distance's gradient where two points coincide.
    func sqrtZeroSafe() -> Tensor { map(SqrtZeroSafe()) }
}

private struct Exp: ElementwiseFunction {
    var valueCost: Int { 4 }
    func value(_ x: Double) -> Double { Foundation.exp(x) }
    func slope(_ x: Double, _ y: Double) -> Double { y }
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        metriclab_exp(x.baseAddress, y.baseAddress, x.count)
    }
}

private struct Log: ElementwiseFunction {
    func value(_ x: Double) -> Double { Foundation.log(x) }
    func slope(_ x: Double, _ y: Double) -> Double { 1 / x }
}

private struct Sqrt: ElementwiseFunction {
    func value(_ x: Double) -> Double { x.squareRoot() }
    func slope(_ x: Double, _ y: Double) -> Double { 0.5 / y }
}

private struct SqrtZeroSafe: ElementwiseFunction {
    func value(_ x: Double) -> Double { Swift.max(x, 0).squareRoot() }
    func slope(_ x: Double, _ y: Double) -> Double { y > 0 ? 0.5 / y : 0 }
}

private struct Pow: ElementwiseFunction {
    let p: Double
    func value(_ x: Double) -> Double { Foundation.pow(x, p) }
    func slope(_ x: Double, _ y: Double) -> Double { p * Foundation.pow(x, p - 1) }
}

private struct Square: ElementwiseFunction {
    func value(_ x: Double) -> Double { x * x }
    func slope(_ x: Double, _ y: Double) -> Double { 2 * x }
}

private struct Abs: ElementwiseFunction {
    func value(_ x: Double) -> Double { Swift.abs(x) }
    func slope(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }
}

/// max(0, x), slope 0 at 0 (also the hinge of fused triplet sums); NaN stays NaN, where
/// `Swift.max(0, x)` would turn it into 0 and hide it in a loss that looks fine.
struct ReLU: ElementwiseFunction {
    func value(_ x: Double) -> Double { x < 0 ? 0 : x }
    func slope(_ x: Double, _ y: Double) -> Double { x > 0 ? 1 : 0 }
}

/// [x]₊², slope 2[x]₊: a squared hinge, for fused masked sums; NaN stays NaN, as in `ReLU`.
struct SquaredHinge: ElementwiseFunction {
    func value(_ x: Double) -> Double { let r = x < 0 ? 0 : x; return r * r }
    func slope(_ x: Double, _ y: Double) -> Double { 2 * (x < 0 ? 0 : x) }
}

/// log(1 + eˣ) without overflow (also the smooth hinge of fused triplet sums).
struct Softplus: ElementwiseFunction {
    var valueCost: Int { 8 }
    var slopeCost: Int { 4 }
    func value(_ x: Double) -> Double { Swift.max(x, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(x))) }
    func slope(_ x: Double, _ y: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        for i in 0 ..< x.count { y[i] = -Swift.abs(x[i]) }
        metriclab_exp(y.baseAddress, y.baseAddress, y.count)
        metriclab_log1p(y.baseAddress, y.baseAddress, y.count)
        for i in 0 ..< x.count { y[i] += Swift.max(x[i], 0) }
    }
    func addSlopes(_ g: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
                   _ gx: UnsafeMutableBufferPointer<Double>, fresh: Bool) {
        var e = [Double](repeating: 0, count: x.count)
        e.withUnsafeMutableBufferPointer { e in
            for i in 0 ..< x.count { e[i] = -x[i] }
            metriclab_exp(e.baseAddress, e.baseAddress, e.count)
            for i in 0 ..< gx.count { gx[i] = (fresh ? 0 : gx[i]) + g[i] / (1 + e[i]) }
        }
    }
}

private struct Tanh: ElementwiseFunction {
    var valueCost: Int { 8 }
    func value(_ x: Double) -> Double { Foundation.tanh(x) }
    func slope(_ x: Double, _ y: Double) -> Double { 1 - y * y }
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        metriclab_tanh(x.baseAddress, y.baseAddress, x.count)
    }
}

private struct Sigmoid: ElementwiseFunction {
    var valueCost: Int { 4 }
    func value(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }
    func slope(_ x: Double, _ y: Double) -> Double { y * (1 - y) }
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        for i in 0 ..< x.count { y[i] = -x[i] }
        metriclab_exp(y.baseAddress, y.baseAddress, y.count)
        for i in 0 ..< x.count { y[i] = 1 / (1 + y[i]) }
    }
}

private struct Clamp: ElementwiseFunction {
    let low: Double, high: Double
    func value(_ x: Double) -> Double { Swift.min(Swift.max(x, low), high) }
    func slope(_ x: Double, _ y: Double) -> Double { x >= low && x <= high ? 1 : 0 }
}
