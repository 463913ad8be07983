import CKernels

extension Tensor {
    /// log Σⱼ exp(xᵢⱼ) of each row (r×1), over the entries the mask keeps, stabilised by the row maximum.
    ///
    /// With `scale` a and `offset` b it is log Σⱼ exp(a·xᵢⱼ + b), the temperature or margin of a loss
    /// applied inside the op instead of in two more passes over the matrix. With `addOne`, a zero logit joins every row: log(1 + Σ exp), the form of lifted-structure,
    /// multi-similarity and circle losses. A row with nothing kept gives 0 with zero gradient, as
    /// in pytorch-metric-learning, so losses can mask such rows out without NaNs.
    public func logSumExpRows(mask: Mask? = nil, addOne: Bool = false, scale: Double = 1, offset: Double = 0) -> Tensor {
        let rows = SoftmaxRows(self, weights: nil, shift: 0, mask: mask, addOne: addOne, scale: scale, offset: offset)
        return Tensor.record(rows: self.rows, cols: 1, scalars: rows.lse, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in rows.pullback(g, weights: nil, into: gx, fresh: fresh) }
        }
    }

    /// log Σⱼ exp(wᵢⱼ·(xᵢⱼ − shift)) of each row (r×1) over the entries the mask keeps, w a constant
    /// matrix of self's shape: `(weights * (self - shift)).logSumExpRows(mask:addOne:)` in one pass,
    /// the same numbers and gradient bit for bit, without the three matrices of that chain and their
    /// gradients. Circle loss's log-sum-exps of self-paced weights times margins are of this form.
    public func logSumExpRows(weights: Tensor, minus shift: Double, mask: Mask? = nil, addOne: Bool = false) -> Tensor {
        precondition(weights.rows == rows && weights.cols == cols,
                     "logSumExpRows: weights \(weights.rows)×\(weights.cols) on \(rows)×\(cols)")
        precondition(weights.node == nil, "logSumExpRows: the weights must be a constant")
        let w = weights.scalars
        let rows = SoftmaxRows(self, weights: w, shift: shift, mask: mask, addOne: addOne, scale: 1, offset: 0)
        return Tensor.record(rows: self.rows, cols: 1, scalars: rows.lse, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in rows.pullback(g, weights: w, into: gx, fresh: fresh) }
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

/// The forward pass of a log-sum-exp over rows: each row's value and the softmax weights, kept as
/// exponentials and a factor per row (their product is the weight) so that the forward pass needs no
/// second pass over the matrix to normalise them.
struct SoftmaxRows {
    /// The log-sum-exp of each row (0 for a row with nothing kept).
    let lse: [Double]
    /// The kept entries' exponentials, 0 elsewhere.
    let exps: [Double]
    /// What each row's exponentials are multiplied by to give its softmax weights.
    let factors: [Double]
    /// The scale applied to the logits, which the gradient carries.
    let scale: Double
    /// The shape of the matrix the rows came from.
    let rows: Int, cols: Int

    /// Rows whose parts were made elsewhere (a fused op's blocks).
    init(lse: [Double], exps: [Double], factors: [Double], scale: Double, rows: Int, cols: Int) {
        (self.lse, self.exps, self.factors, self.scale, self.rows, self.cols) = (lse, exps, factors, scale, rows, cols)
    }

    /// The log-sum-exps of the rows of (w ⊙ (x − shift))·scale + offset (x·scale + offset without
    /// weights) over the entries the mask keeps, with a zero logit when `addOne`.
    init(_ x: Tensor, weights: [Double]?, shift: Double, mask: Mask?, addOne: Bool, scale: Double, offset: Double) {
        if let mask { precondition(mask.rows == x.rows && mask.cols == x.cols, "logSumExpRows: mask shape") }
        let n = x.rows, d = x.cols
        var lse = [Double](repeating: 0, count: n), factors = [Double](repeating: 1, count: n)
        // The kernel writes every exponential, kept or not.
        exps = x.scalars.withUnsafeBufferPointer { x in lse.withUnsafeMutableBufferPointer { o in
            factors.withUnsafeMutableBufferPointer { f in
                [Double](unsafeUninitializedCapacity: n * d) { e, initialized in
                    // No mask or weights is a null pointer (an empty array's storage need not be null).
                    (mask?.bits ?? []).withUnsafeBufferPointer { k in (weights ?? []).withUnsafeBufferPointer { w in
                        let kept = mask == nil ? nil : k.baseAddress, weighted = weights == nil ? nil : w.baseAddress
                        forEachChunk(of: n, work: n * d) { rows in
                            let start = rows.lowerBound * d
                            metriclab_logsumexp_rows(x.baseAddress.map { $0 + start }, weighted.map { $0 + start }, shift,
                                                     kept.map { $0 + start }, rows.count, d, scale, offset, addOne,
                                                     o.baseAddress.map { $0 + rows.lowerBound }, e.baseAddress.map { $0 + start },
                                                     f.baseAddress.map { $0 + rows.lowerBound })
                        }
                    } }
                    initialized = n * d
                }
            }
        } }
        self.lse = lse
        self.factors = factors
        self.scale = scale
        (rows, cols) = (n, d)
    }

    /// Sends the rows' gradient g into gx: gᵢ·scale·wᵢⱼ (wᵢⱼ the softmax weights) written as
    /// 0 + that when fresh, else added. With `weights` c it is the pullback of the chain
    /// (c ⊙ (x − shift)).logSumExpRows entry by entry: the log-sum-exp's gradient written fresh into
    /// the product's, times cᵢⱼ written fresh into the difference's, and on into x. On AVX2 and
    /// AVX-512 a C pass (Swift's loop runs two lanes wide) with the same operations per entry.
    func pullback(_ g: UnsafeBufferPointer<Double>, weights: [Double]?, into gx: UnsafeMutableBufferPointer<Double>,
                  fresh: Bool, kernel: GEMM.Kernel = GEMM.kernel) {
        let d = cols
        exps.withUnsafeBufferPointer { e in factors.withUnsafeBufferPointer { f in (weights ?? []).withUnsafeBufferPointer { c in
            forEachChunk(of: rows, work: rows * d) { rows in
                if kernel != .portable, d > 0, !rows.isEmpty {
                    let (i, t) = (rows.lowerBound, rows.lowerBound * d)
                    metriclab_softmax_pullback(g.baseAddress! + i, scale, e.baseAddress! + t, f.baseAddress! + i,
                                               weights == nil ? nil : c.baseAddress! + t, rows.count, d, fresh,
                                               kernel == .avx512, gx.baseAddress! + t)
                    return
                }
                for i in rows {
                    let gi = g[i] * scale, fi = f[i], entries = i * d ..< (i + 1) * d
                    switch (weights != nil, fresh) {
                    case (false, true): for t in entries { gx[t] = 0 + gi * (e[t] * fi) }
                    case (false, false): for t in entries { gx[t] += gi * (e[t] * fi) }
                    case (true, true): for t in entries { gx[t] = 0 + (0 + (0 + gi * (e[t] * fi)) * c[t]) }
                    case (true, false): for t in entries { gx[t] += 0 + (0 + gi * (e[t] * fi)) * c[t] }
                    }
                }
            }
        } } }
    }
}
