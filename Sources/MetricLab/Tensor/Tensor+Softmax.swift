import CKernels

extension Tensor {
    /// log Σⱼ exp(xᵢⱼ) of each row (r×1), over the entries the mask keeps, stabilised by the row maximum.
    ///
    /// With `addOne`, a zero logit joins every row: log(1 + Σ exp), the form of lifted-structure,
    /// multi-similarity and circle losses. A row with nothing kept gives 0 with zero gradient, as
    /// in pytorch-metric-learning, so losses can mask such rows out without NaNs.
    public func logSumExpRows(mask: Mask? = nil, addOne: Bool = false) -> Tensor {
        if let mask { precondition(mask.rows == rows && mask.cols == cols, "logSumExpRows: mask shape") }
        let n = rows, d = cols
        var out = [Double](repeating: 0, count: n)
        // The kernel writes every weight, kept or not.
        let softmax = scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { o in
            [Double](unsafeUninitializedCapacity: n * d) { w, initialized in
                if let bits = mask?.bits {
                    bits.withUnsafeBufferPointer { metriclab_logsumexp_rows(x.baseAddress, $0.baseAddress, n, d, addOne, o.baseAddress, w.baseAddress) }
                } else {
                    metriclab_logsumexp_rows(x.baseAddress, nil, n, d, addOne, o.baseAddress, w.baseAddress)
                }
                initialized = n * d
            }
        } }
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                softmax.withUnsafeBufferPointer { w in
                    for i in 0 ..< n { for j in 0 ..< d { gx[i * d + j] += g[i] * w[i * d + j] } }
                }
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
