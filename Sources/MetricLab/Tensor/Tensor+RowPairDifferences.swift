// The all-triplets sum of a triplet loss over a distance matrix (a positive, b negative of anchor
// i) is computed here without listing the triplets: a batch of 512 has 25 million of them, which as
// index lists and term columns would take gigabytes and most of a second just to fill.

extension Tensor {
    /// Σᵢ Σ_{a ∈ first(i)} Σ_{b ∈ second(i)} f(xᵢₐ − xᵢᵦ + offset), streamed row by row.
    ///
    /// The gradient is gathered while summing: ∂/∂xᵢₐ = Σ_b f′ and ∂/∂xᵢᵦ = −Σ_a f′, one
    /// coefficient per entry, so the backward pass is one scaled copy.
    func rowPairDifferenceSum<F: ElementwiseFunction>(_ first: Mask, minus second: Mask, plus offset: Double,
                                                     _ f: F) -> TermSum {
        precondition(first.rows == rows && first.cols == cols && second.rows == rows && second.cols == cols,
                     "rowPairDifferenceSum: masks must be \(rows)×\(cols)")
        let c = cols
        var coefficients = [Double](repeating: 0, count: count)
        var total = 0.0, terms = 0, positive = 0
        var firstValues = [Double](), secondValues = [Double](), secondSlopes = [Double]()
        var firstColumns = [Int](), secondColumns = [Int]()
        scalars.withUnsafeBufferPointer { x in
            for i in 0 ..< rows {
                firstColumns.removeAll(keepingCapacity: true)
                secondColumns.removeAll(keepingCapacity: true)
                for j in 0 ..< c {
                    if first.bits[i * c + j] { firstColumns.append(j) }
                    if second.bits[i * c + j] { secondColumns.append(j) }
                }
                guard !firstColumns.isEmpty, !secondColumns.isEmpty else { continue }
                firstValues = firstColumns.map { x[i * c + $0] + offset }
                secondValues = secondColumns.map { x[i * c + $0] }
                secondSlopes = [Double](repeating: 0, count: secondColumns.count)
                terms += firstColumns.count * secondColumns.count
                secondValues.withUnsafeBufferPointer { xb in secondSlopes.withUnsafeMutableBufferPointer { sb in
                    for (k, a) in firstColumns.enumerated() {
                        let xa = firstValues[k]
                        var slopeSum = 0.0
                        for m in 0 ..< xb.count {
                            let t = xa - xb[m]
                            let y = f.value(t)
                            let s = f.slope(t, y)
                            total += y
                            positive += y > 0 ? 1 : 0
                            slopeSum += s
                            sb[m] += s
                        }
                        coefficients[i * c + a] += slopeSum
                    }
                } }
                for (m, b) in secondColumns.enumerated() { coefficients[i * c + b] -= secondSlopes[m] }
            }
        }
        let weights = coefficients
        let sum = Tensor.record(rows: 1, cols: 1, scalars: [total], inputs: [self]) { g in
            self.node?.accumulate { gx in for k in 0 ..< gx.count { gx[k] += g[0] * weights[k] } }
        }
        return TermSum(total: sum, terms: terms, positive: positive)
    }
}
