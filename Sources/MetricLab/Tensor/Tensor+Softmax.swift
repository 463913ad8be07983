import CKernels

extension Tensor {
    /// log Σⱼ exp(xᵢⱼ) of each row (r×1), over the entries the mask keeps, stabilised by the row maximum.
    ///
    /// With `scale` a and `offset` b it is log Σⱼ exp(a·xᵢⱼ + b), the temperature or margin of a loss
    /// applied inside the op instead of in two more passes over the matrix. With `addOne`, a zero logit joins every row: log(1 + Σ exp), the form of lifted-structure,
    /// multi-similarity and circle losses. A row with nothing kept gives 0 with zero gradient, as
    /// in pytorch-metric-learning, so losses can mask such rows out without NaNs.
    public func logSumExpRows(mask: Mask? = nil, addOne: Bool = false, scale: Double = 1, offset: Double = 0) -> Tensor {
        if let mask { precondition(mask.rows == rows && mask.cols == cols, "logSumExpRows: mask shape") }
        let n = rows, d = cols
        var out = [Double](repeating: 0, count: n)
        // The kernel writes every weight, kept or not.
        let softmax = scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { o in
            [Double](unsafeUninitializedCapacity: n * d) { w, initialized in
                // No mask is a null keep pointer (an empty array's storage need not be null).
                let keep = mask?.bits ?? []
                keep.withUnsafeBufferPointer { k in
                    let kept = mask == nil ? nil : k.baseAddress
                    forEachChunk(of: n, work: n * d) { rows in
                        metriclab_logsumexp_rows(x.baseAddress.map { $0 + rows.lowerBound * d },
                                                 kept.map { $0 + rows.lowerBound * d }, rows.count, d, scale, offset,
                                                 addOne, o.baseAddress.map { $0 + rows.lowerBound },
                                                 w.baseAddress.map { $0 + rows.lowerBound * d })
                    }
                }
                initialized = n * d
            }
        } }
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                softmax.withUnsafeBufferPointer { w in
                    forEachChunk(of: n, work: n * d) { rows in
                        for i in rows {
                            let gi = g[i] * scale
                            if fresh {
                                for j in 0 ..< d { gx[i * d + j] = 0 + gi * w[i * d + j] }
                            } else {
                                for j in 0 ..< d { gx[i * d + j] += gi * w[i * d + j] }
                            }
                        }
                    }
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
