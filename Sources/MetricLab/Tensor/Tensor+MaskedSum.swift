extension Tensor {
    /// Σ f(scale·xₜ + offset) over the entries t the mask keeps, as a `TermSum`.
    ///
    /// What `select`, a shift, a hinge and a reduction do in four passes and four matrices, in one
    /// pass each way. Rows are summed apart, each in four interleaved partial sums (a single running
    /// sum would wait on every add), and the row sums added in row order, so the result does not
    /// depend on how the rows are spread over cores. The slopes are kept in a matrix of the input's
    /// shape, zero where the mask is clear, which makes the backward pass one scaled add.
    func maskedSum<F: ElementwiseFunction>(of f: F, scale: Double, offset: Double, where mask: Mask) -> TermSum {
        precondition(mask.rows == rows && mask.cols == cols, "maskedSum: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let (r, c) = (rows, cols)
        var rowTotals = [Double](repeating: 0, count: r), rowPositive = [Int](repeating: 0, count: r)
        var rowKept = [Int](repeating: 0, count: r)
        let slopes = scalars.withUnsafeBufferPointer { x in mask.bits.withUnsafeBufferPointer { b in
            rowTotals.withUnsafeMutableBufferPointer { totals in rowPositive.withUnsafeMutableBufferPointer { positives in
            rowKept.withUnsafeMutableBufferPointer { kept in
                [Double](unsafeUninitializedCapacity: r * c) { s, initialized in
                    forEachChunk(of: r, work: r * c) { chunk in
                        for i in chunk {
                            var positive = 0, count = 0
                            // The term of entry t (0 where the mask is clear), its slope stored on the way.
                            @inline(__always) func term(_ t: Int) -> Double {
                                guard b[t] else { s[t] = 0; return 0 }
                                let u = scale * x[t] + offset, y = f.value(u)
                                count &+= 1
                                positive &+= y > 0 ? 1 : 0
                                s[t] = scale * f.slope(u, y)
                                return y
                            }
                            var partial: (Double, Double, Double, Double) = (0, 0, 0, 0)
                            var t = i * c
                            let end = t + c
                            while t + 4 <= end {
                                partial.0 += term(t)
                                partial.1 += term(t + 1)
                                partial.2 += term(t + 2)
                                partial.3 += term(t + 3)
                                t += 4
                            }
                            while t < end { partial.0 += term(t); t += 1 }
                            totals[i] = (partial.0 + partial.1) + (partial.2 + partial.3)
                            positives[i] = positive
                            kept[i] = count
                        }
                    }
                    initialized = r * c
                }
            } } }
        } }
        let sum = Tensor.record(rows: 1, cols: 1, scalars: [rowTotals.reduce(0, +)], inputs: [self]) { g in
            self.node?.accumulate { gx in
                slopes.withUnsafeBufferPointer { s in
                    forEachChunk(of: r, work: r * c) { chunk in
                        for t in chunk.lowerBound * c ..< chunk.upperBound * c { gx[t] += g[0] * s[t] }
                    }
                }
            }
        }
        return TermSum(total: sum, terms: rowKept.reduce(0, +), positive: rowPositive.reduce(0, +))
    }
}
