import CKernels
import Foundation

// Smooth-AP's and PNP's ranks compare every target entry of a row with every other entry of a set:
// PyTorch materialises the n × n × n differences. Here each target's sum is streamed over its row,
// so memory stays n × n and the backward pass recomputes the slopes instead of storing them.

extension Tensor {
    /// R[i, k] = Σ f(x_il − x_ik) over l in `others` of row i, l ≠ k, for each (i, k) in
    /// `targets`; 0 elsewhere. With a sigmoid f, a soft count of the entries of the set that rank
    /// above x_ik.
    ///
    /// ∂R[i, k]/∂x_il = f′(x_il − x_ik) and ∂R[i, k]/∂x_ik = −Σ_l f′(x_il − x_ik).
    func rowDifferenceSums<F: ElementwiseFunction>(at targets: Mask, over others: Mask, _ f: F) -> Tensor {
        precondition(targets.rows == rows && targets.cols == cols && others.rows == rows && others.cols == cols,
                     "rowDifferenceSums: masks must be \(rows)×\(cols)")
        let (c, x) = (cols, scalars)
        let work = targets.count * Swift.max(others.count / Swift.max(rows, 1), 1)
        var out = [Double](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { out in
            forEachChunk(of: rows, work: work) { range in
                var pass = DifferencePass(width: c)
                for i in range {
                    pass.load(x, row: i, others: others)
                    for k in 0 ..< c where targets.bits[i * c + k] {
                        out[i * c + k] = pass.values(of: x[i * c + k], skipping: k, f).reduce(0, +)
                    }
                }
            }
        }
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                forEachChunk(of: rows, work: 2 * work) { range in
                    var pass = DifferencePass(width: c)
                    for i in range {
                        pass.load(x, row: i, others: others)
                        for k in 0 ..< c where targets.bits[i * c + k] && g[i * c + k] != 0 {
                            let gk = g[i * c + k]
                            let slopes = pass.slopes(of: x[i * c + k], skipping: k, f)
                            var total = 0.0
                            for (m, l) in pass.columns.enumerated() {
                                gx[i * c + l] += gk * slopes[m]
                                total += slopes[m]
                            }
                            gx[i * c + k] -= gk * total
                        }
                    }
                }
            }
        }
    }
}

/// One row's set of other entries and the buffers a target's differences are computed in.
private struct DifferencePass {
    /// The columns of the row's set.
    private(set) var columns: [Int] = []
    private var values: [Double] = []
    private var differences: [Double] = []
    private var outputs: [Double] = []

    init(width: Int) {
        columns.reserveCapacity(width)
        values.reserveCapacity(width)
    }

    /// Takes row i's entries in `others`.
    mutating func load(_ x: [Double], row i: Int, others: Mask) {
        let c = others.cols
        columns.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for l in 0 ..< c where others.bits[i * c + l] {
            columns.append(l)
            values.append(x[i * c + l])
        }
        differences = [Double](repeating: 0, count: columns.count)
        outputs = differences
    }

    /// f(x_l − target) for each entry of the set, 0 at column `skipped`.
    mutating func values<F: ElementwiseFunction>(of target: Double, skipping skipped: Int, _ f: F) -> [Double] {
        fill(target)
        differences.withUnsafeBufferPointer { t in outputs.withUnsafeMutableBufferPointer { y in f.values(t, y) } }
        zero(skipped)
        return outputs
    }

    /// f′(x_l − target) for each entry of the set, 0 at column `skipped`.
    mutating func slopes<F: ElementwiseFunction>(of target: Double, skipping skipped: Int, _ f: F) -> [Double] {
        fill(target)
        differences.withUnsafeBufferPointer { t in outputs.withUnsafeMutableBufferPointer { y in
            f.values(t, y)
            for m in 0 ..< y.count { y[m] = f.slope(t[m], y[m]) }
        } }
        zero(skipped)
        return outputs
    }

    private mutating func fill(_ target: Double) {
        for m in 0 ..< values.count { differences[m] = values[m] - target }
    }

    private mutating func zero(_ skipped: Int) {
        if let m = columns.firstIndex(of: skipped) { outputs[m] = 0 }
    }
}

/// σ(x / τ): the logistic sigmoid at temperature τ, Smooth-AP's and PNP's step from "ranked below"
/// to "ranked above".
struct TemperedSigmoid: ElementwiseFunction {
    /// The temperature τ.
    let temperature: Double

    func value(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x / temperature)) }
    func slope(_ x: Double, _ y: Double) -> Double { y * (1 - y) / temperature }
    func values(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        for i in 0 ..< x.count { y[i] = -x[i] / temperature }
        metriclab_exp(y.baseAddress, y.baseAddress, y.count)
        for i in 0 ..< x.count { y[i] = 1 / (1 + y[i]) }
    }
}
