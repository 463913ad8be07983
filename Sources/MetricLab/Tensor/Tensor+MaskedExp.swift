import CKernels

extension Tensor {
    /// e to the power of each entry the mask keeps, 0 elsewhere: weights over a chosen set.
    ///
    /// What `filled(where: !mask, with: -∞).exp()` gives, without the second matrix and without
    /// sending −∞ through the vector exponential, whose special-value path runs entry by entry.
    public func exp(where mask: Mask) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols, "exp(where:): mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let kept = mask.bits.indices.filter { mask.bits[$0] }
        var values = kept.map { scalars[$0] }
        values.withUnsafeMutableBufferPointer { v in metriclab_exp(v.baseAddress, v.baseAddress, v.count) }
        var out = [Double](repeating: 0, count: count)
        for (k, t) in kept.enumerated() { out[t] = values[k] }
        let y = out, bits = mask.bits
        return Tensor.record(rows: rows, cols: cols, scalars: y, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                if fresh {
                    // Left-out entries get the 0 a pass of zeros would have left.
                    for t in 0 ..< bits.count { gx[t] = bits[t] ? 0 + g[t] * y[t] : 0 }
                } else {
                    for t in kept { gx[t] += g[t] * y[t] }
                }
            }
        }
    }
}
