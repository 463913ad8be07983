extension Tensor {
    /// Σ f(scale·xₜ + offset) over the entries t the mask keeps, as a `TermSum`.
    ///
    /// What `select`, a shift, a hinge and a reduction do in four passes and four matrices, in one
    /// pass each way: the slopes are kept in the order of the kept entries, as `select` keeps values.
    /// With scale ±1 every term is bit for bit the one the separate ops make.
    func maskedSum<F: ElementwiseFunction>(of f: F, scale: Double, offset: Double, where mask: Mask) -> TermSum {
        precondition(mask.rows == rows && mask.cols == cols, "maskedSum: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let bits = mask.bits, kept = mask.count
        var total = 0.0, positive = 0
        let slopes = scalars.withUnsafeBufferPointer { x in bits.withUnsafeBufferPointer { b in
            [Double](unsafeUninitializedCapacity: kept) { s, initialized in
                var k = 0
                for t in 0 ..< b.count where b[t] {
                    let u = scale * x[t] + offset, y = f.value(u)
                    total += y
                    positive &+= y > 0 ? 1 : 0
                    s[k] = scale * f.slope(u, y)
                    k &+= 1
                }
                initialized = kept
            }
        } }
        let sum = Tensor.record(rows: 1, cols: 1, scalars: [total], inputs: [self]) { g in
            self.node?.accumulate { gx in
                bits.withUnsafeBufferPointer { b in slopes.withUnsafeBufferPointer { s in
                    var k = 0
                    for t in 0 ..< b.count where b[t] { gx[t] += g[0] * s[k]; k &+= 1 }
                } }
            }
        }
        return TermSum(total: sum, terms: kept, positive: positive)
    }
}
