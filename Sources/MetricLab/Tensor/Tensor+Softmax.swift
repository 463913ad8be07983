import Foundation

extension Tensor {
    /// log Σⱼ exp(xᵢⱼ) of each row (r×1), over the entries the mask keeps, stabilised by the row maximum.
    ///
    /// With `addOne`, a zero logit joins every row: log(1 + Σ exp), the form of lifted-structure,
    /// multi-similarity and circle losses. A row with nothing kept gives 0 with zero gradient, as
    /// in pytorch-metric-learning, so losses can mask such rows out without NaNs.
    public func logSumExpRows(mask: Mask? = nil, addOne: Bool = false) -> Tensor {
        if let mask { precondition(mask.rows == rows && mask.cols == cols, "logSumExpRows: mask shape") }
        let x = scalars, n = rows, d = cols
        var out = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n * d)
        for i in 0 ..< n {
            var top = addOne ? 0.0 : -Double.infinity
            for j in 0 ..< d where mask?.bits[i * d + j] ?? true { top = Swift.max(top, x[i * d + j]) }
            guard top > -.infinity else { continue }
            var s = addOne ? Foundation.exp(-top) : 0
            for j in 0 ..< d where mask?.bits[i * d + j] ?? true {
                let e = Foundation.exp(x[i * d + j] - top)
                weights[i * d + j] = e
                s += e
            }
            out[i] = top + Foundation.log(s)
            for j in 0 ..< d { weights[i * d + j] /= s }
        }
        let softmax = weights
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< n { for j in 0 ..< d { gx[i * d + j] += g[i] * softmax[i * d + j] } }
            }
        }
    }

    /// Softmax cross-entropy of each row of logits against its label (r×1): −log softmax(xᵢ)[yᵢ].
    public func softmaxCrossEntropyRows(labels: [Int]) -> Tensor {
        precondition(labels.count == rows, "softmaxCrossEntropyRows: \(labels.count) labels for \(rows) rows")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < cols }, "softmaxCrossEntropyRows: label outside 0..<\(cols)")
        let picked = entries(rows: Array(0 ..< rows), cols: labels)
        return logSumExpRows() - picked
    }
}
