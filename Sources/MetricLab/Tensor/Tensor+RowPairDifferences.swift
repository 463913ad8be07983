import CKernels

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
        if f is ReLU { return hingeRowPairDifferenceSum(first, minus: second, plus: offset) }
        let c = cols
        var coefficients = [Double](repeating: 0, count: count)
        var total = 0.0, terms = 0, positive = 0
        var firstValues = [Double](), secondValues = [Double](), secondSlopes = [Double]()
        var firstColumns = [Int](), secondColumns = [Int]()
        scalars.withUnsafeBufferPointer { x in
            for i in 0 ..< rows {
                Self.keptColumns(row: i, cols: c, first, second, &firstColumns, &secondColumns)
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

    /// The sum with f = ReLU (the triplet loss's hinge), rows on the cores.
    ///
    /// The sum of all terms in one chain waited on each add (25 million at a batch of 512, most
    /// of the step), so each row sums its terms in eight lanes (`metriclab_hinge_pair_row`) and the
    /// rows' sums are added in row order: the value moves in its last bits from the one chain,
    /// the same on any number of cores and any vector width. The slopes are 0 or 1, so their
    /// sums, the gradient's coefficients, are counts, exact in any order: the same gradient.
    func hingeRowPairDifferenceSum(_ first: Mask, minus second: Mask, plus offset: Double,
                                   lanes: Int32 = GEMM.kernel.lanes) -> TermSum {
        let c = cols
        var coefficients = [Double](repeating: 0, count: count)
        var rowTotals = [Double](repeating: 0, count: rows), rowTerms = [Int](repeating: 0, count: rows)
        var rowPositives = [Int](repeating: 0, count: rows)
        scalars.withUnsafeBufferPointer { x in coefficients.withUnsafeMutableBufferPointer { coefficients in
            rowTotals.withUnsafeMutableBufferPointer { totals in rowTerms.withUnsafeMutableBufferPointer { terms in
                rowPositives.withUnsafeMutableBufferPointer { positives in
                    forEachChunk(of: rows, work: rows * c * c / 16) { chunk in
                        var firstColumns: [Int] = [], secondColumns: [Int] = []
                        for i in chunk {
                            Self.keptColumns(row: i, cols: c, first, second, &firstColumns, &secondColumns)
                            guard !firstColumns.isEmpty, !secondColumns.isEmpty else { continue }
                            let firstValues = firstColumns.map { x[i * c + $0] + offset }, secondValues = secondColumns.map { x[i * c + $0] }
                            var firstSlopes = [Double](repeating: 0, count: firstColumns.count)
                            var secondSlopes = [Double](repeating: 0, count: secondColumns.count)
                            metriclab_hinge_pair_row(firstValues, firstValues.count, secondValues, secondValues.count, lanes,
                                                     &totals[i], &positives[i], &firstSlopes, &secondSlopes)
                            terms[i] = firstColumns.count * secondColumns.count
                            for (k, a) in firstColumns.enumerated() { coefficients[i * c + a] += firstSlopes[k] }
                            for (m, b) in secondColumns.enumerated() { coefficients[i * c + b] -= secondSlopes[m] }
                        }
                    }
                }
            } }
        } }
        let weights = coefficients
        let sum = Tensor.record(rows: 1, cols: 1, scalars: [rowTotals.reduce(0, +)], inputs: [self]) { g in
            self.node?.accumulate { gx in for k in 0 ..< gx.count { gx[k] += g[0] * weights[k] } }
        }
        return TermSum(total: sum, terms: rowTerms.reduce(0, +), positive: rowPositives.reduce(0, +))
    }

    /// The columns of row i that `first` and `second` keep, into the two lists.
    private static func keptColumns(row i: Int, cols c: Int, _ first: Mask, _ second: Mask,
                                    _ firstColumns: inout [Int], _ secondColumns: inout [Int]) {
        firstColumns.removeAll(keepingCapacity: true)
        secondColumns.removeAll(keepingCapacity: true)
        for j in 0 ..< c {
            if first.bits[i * c + j] { firstColumns.append(j) }
            if second.bits[i * c + j] { secondColumns.append(j) }
        }
    }
}
