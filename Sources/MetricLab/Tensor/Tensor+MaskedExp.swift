import CKernels

extension Tensor {
    /// e to the power of each entry the mask keeps, 0 elsewhere: weights over a chosen set.
    ///
    /// What `filled(where: !mask, with: -∞).exp()` gives, without the second matrix and without
    /// sending −∞ through the vector exponential, whose special-value path runs entry by entry.
    public func exp(where mask: Mask) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols, "exp(where:): mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let bits = mask.bits, n = count
        // The kept entries packed in order, through exp together, and put back in order.
        let y = scalars.withUnsafeBufferPointer { x in bits.withUnsafeBufferPointer { keep in
            let packed = [Double](unsafeUninitializedCapacity: n) { v, packedCount in
                var k = 0
                for t in 0 ..< n where keep[t] {
                    v[k] = x[t]
                    k += 1
                }
                metriclab_exp(v.baseAddress, v.baseAddress, k)
                packedCount = k
            }
            return packed.withUnsafeBufferPointer { v in
                [Double](unsafeUninitializedCapacity: n) { out, initialized in
                    var k = 0
                    for t in 0 ..< n {
                        out[t] = keep[t] ? v[k] : 0
                        k += keep[t] ? 1 : 0
                    }
                    initialized = n
                }
            }
        } }
        return Tensor.record(rows: rows, cols: cols, scalars: y, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                if fresh {
                    // Left-out entries get the 0 a pass of zeros would have left.
                    for t in 0 ..< n { gx[t] = bits[t] ? 0 + g[t] * y[t] : 0 }
                } else {
                    for t in 0 ..< n where bits[t] { gx[t] += g[t] * y[t] }
                }
            }
        }
    }
}
