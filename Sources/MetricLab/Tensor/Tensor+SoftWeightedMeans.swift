import CKernels

extension Tensor {
    /// Σⱼ wᵢⱼ·xᵢⱼ / (Σⱼ wᵢⱼ + epsilon) of each row (r×1), wᵢⱼ = e^{T·xᵢⱼ} on the entries the mask
    /// keeps and 0 elsewhere: a softmax-weighted mean of each row, as ranked list loss weighs its
    /// negatives (PML's normalisation, epsilon added to the weights' sum).
    ///
    /// `(w * self).rowSums() / (w.rowSums() + epsilon)` with `w = (temperature * self).exp(where: mask)`
    /// in one op: the chain's operations in its order, forward and back, so the same numbers and
    /// gradient bit for bit, without its five m×m matrices and their gradients.
    public func softWeightedRowMeans(temperature: Double, mask: Mask, epsilon: Double) -> Tensor {
        softWeightedRowMeans(temperature: temperature, mask: mask, epsilon: epsilon, kernel: GEMM.kernel)
    }

    /// The op with `kernel`'s loops, forward and back (AVX-512's eight entries a register, AVX2's
    /// four, or Swift's).
    func softWeightedRowMeans(temperature: Double, mask: Mask, epsilon: Double, kernel: GEMM.Kernel) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols,
                     "softWeightedRowMeans: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let (n, d) = (rows, cols), x = scalars, bits = mask.bits
        // Row chunks over the cores. In each, the weights e^{T·x} where the mask keeps an entry and
        // 0 elsewhere (what `exp(where:)` gives: an entry's exp does not depend on which others
        // go through exp with it, so all of them do, and a select keeps the kept ones, where
        // packing the kept ones first would branch on a mask a predictor cannot learn). Then the
        // row sums of w ⊙ x and of w, each row left to right, as `rowSums()` adds them.
        var numerators = [Double](repeating: 0, count: n), weightSums = [Double](repeating: 0, count: n)
        let w = x.withUnsafeBufferPointer { x in bits.withUnsafeBufferPointer { keep in
            [Double](unsafeUninitializedCapacity: n * d) { w, initialized in
                numerators.withUnsafeMutableBufferPointer { s in weightSums.withUnsafeMutableBufferPointer { ws in
                    forEachChunk(of: n, work: n * d) { rows in
                        let entries = rows.lowerBound * d ..< rows.upperBound * d
                        let first = entries.lowerBound
                        if kernel != .portable, !entries.isEmpty {
                            let forward = kernel == .avx512 ? metriclab_soft_weighted_forward_avx512 : metriclab_soft_weighted_forward_avx2
                            withUnsafeTemporaryAllocation(of: Double.self, capacity: 8 * d) { v in
                                forward(
                                    x.baseAddress! + first, UnsafeRawPointer(keep.baseAddress! + first).assumingMemoryBound(to: UInt8.self),
                                    rows.count, d, temperature, w.baseAddress! + first, v.baseAddress!,
                                    s.baseAddress! + rows.lowerBound, ws.baseAddress! + rows.lowerBound)
                            }
                            return
                        }
                        for t in entries { w[t] = temperature * x[t] }
                        metriclab_exp(w.baseAddress.map { $0 + first }, w.baseAddress.map { $0 + first }, entries.count)
                        for t in entries { w[t] = keep[t] ? w[t] : 0 }
                        metriclab_row_sums(w.baseAddress.map { $0 + first }, nil, nil, rows.count, d,
                                           ws.baseAddress.map { $0 + rows.lowerBound })
                        // w ⊙ x eight rows at a time into a scratch block the row sums read while it
                        // is in cache (a chunk-sized buffer on each thread raised the peak memory).
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: 8 * d) { v in
                            for block in stride(from: rows.lowerBound, to: rows.upperBound, by: 8) {
                                let height = Swift.min(8, rows.upperBound - block), start = block * d
                                for t in 0 ..< height * d { v[t] = w[start + t] * x[start + t] }
                                metriclab_row_sums(v.baseAddress, nil, nil, height, d, s.baseAddress.map { $0 + block })
                            }
                        }
                    }
                } }
                initialized = n * d
            }
        } }
        let denominators = weightSums.map { $0 + epsilon }
        let out = zip(numerators, denominators).map { $0 / $1 }
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                x.withUnsafeBufferPointer { x in w.withUnsafeBufferPointer { w in bits.withUnsafeBufferPointer { keep in
                    forEachChunk(of: n, work: n * d) { rows in
                        for i in rows {
                            // The chain's pullbacks in the tape's order: the quotient's two sides, the
                            // numerator's row sum, the product, the denominator's sum and row sum, the
                            // exponential, and the temperature's product, each entry as they wrote it.
                            let gNumerator = 0 + g[i] / denominators[i]
                            let gDenominator = 0 - g[i] * numerators[i] / (denominators[i] * denominators[i])
                            let gProduct = 0 + gNumerator, gWeightSum = 0 + gDenominator
                            if kernel != .portable, d > 0 {
                                let first = i * d
                                let backward = kernel == .avx512 ? metriclab_soft_weighted_backward_avx512 : metriclab_soft_weighted_backward_avx2
                                backward(x.baseAddress! + first, w.baseAddress! + first,
                                         UnsafeRawPointer(keep.baseAddress! + first).assumingMemoryBound(to: UInt8.self),
                                         d, gProduct, gWeightSum, temperature, gx.baseAddress! + first, fresh)
                                continue
                            }
                            for t in i * d ..< (i + 1) * d {
                                let gw = (0 + gProduct * x[t]) + gWeightSum
                                let gScaled = keep[t] ? 0 + gw * w[t] : 0
                                gx[t] = ((fresh ? 0 : gx[t]) + gProduct * w[t]) + gScaled * temperature
                            }
                        }
                    }
                } } }
            }
        }
    }
}
