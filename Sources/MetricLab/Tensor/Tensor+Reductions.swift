import CKernels

extension Tensor {
    /// The sum of all entries (1×1).
    public func sum() -> Tensor {
        let total = scalars.withUnsafeBufferPointer { x in x.reduce(0, +) }
        return Tensor.record(rows: 1, cols: 1, scalars: [total], inputs: [self]) { g in
            self.node?.accumulate { gx in for i in 0 ..< gx.count { gx[i] += g[0] } }
        }
    }

    /// The mean of all entries (1×1).
    public func mean() -> Tensor { sum() / Double(Swift.max(count, 1)) }

    /// The sum of each row (r×1).
    public func rowSums() -> Tensor { rowSums(keeping: nil) }

    /// The sum of each row over the entries the mask keeps (r×1): a masked product's row sums
    /// without the product.
    public func rowSums(where mask: Mask) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols, "rowSums: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        return rowSums(keeping: mask.bits)
    }

    /// Row sums over the entries `keep` marks, or over all of them when it is nil, each row added
    /// left to right (several rows side by side, in C).
    private func rowSums(keeping keep: [Bool]?) -> Tensor {
        let (r, c) = (rows, cols)
        var out = [Double](repeating: 0, count: r)
        scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { o in
            withBuffer(keep) { k in
                forEachChunk(of: r, work: r * c) { rows in
                    let start = rows.lowerBound
                    metriclab_row_sums(x.baseAddress.map { $0 + start * c }, k?.baseAddress.map { $0 + start * c }, nil,
                                       rows.count, c, o.baseAddress.map { $0 + start })
                }
            }
        } }
        return Tensor.record(rows: r, cols: 1, scalars: out, inputs: [self]) { g in
            // An entry left out gets 0 + nothing when written fresh: the 0 a pass of zeros would have left.
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                withBuffer(keep) { k in
                    forEachChunk(of: r, work: r * c) { rows in
                        let start = rows.lowerBound
                        metriclab_row_sums_pullback(g.baseAddress.map { $0 + start }, k?.baseAddress.map { $0 + start * c },
                                                    rows.count, c, fresh, gx.baseAddress.map { $0 + start * c })
                    }
                }
            }
        }
    }

    /// The sum of each column (1×c).
    public func columnSums() -> Tensor {
        let (r, c) = (rows, cols)
        var out = [Double](repeating: 0, count: c)
        scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { o in
            for i in 0 ..< r { for j in 0 ..< c { o[j] += x[i * c + j] } }
        } }
        return Tensor.record(rows: 1, cols: c, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< r { for j in 0 ..< c { gx[i * c + j] += g[j] } }
            }
        }
    }

    /// The mean of each row (r×1).
    public func rowMeans() -> Tensor { rowSums() / Double(Swift.max(cols, 1)) }
    /// The mean of each column (1×c).
    public func columnMeans() -> Tensor { columnSums() / Double(Swift.max(rows, 1)) }

    /// The largest entry (1×1); the gradient goes to the first largest.
    public func max() -> Tensor { extreme(groups: 1, size: count, stride: 1, step: 1, shape: (1, 1), >) }
    /// The smallest entry (1×1); the gradient goes to the first smallest.
    public func min() -> Tensor { extreme(groups: 1, size: count, stride: 1, step: 1, shape: (1, 1), <) }
    /// The largest entry of each row (r×1).
    public func rowMax() -> Tensor { extreme(groups: rows, size: cols, stride: cols, step: 1, shape: (rows, 1), >) }
    /// The smallest entry of each row (r×1).
    public func rowMin() -> Tensor { extreme(groups: rows, size: cols, stride: cols, step: 1, shape: (rows, 1), <) }
    /// The largest entry of each column (1×c).
    public func columnMax() -> Tensor { extreme(groups: cols, size: rows, stride: 1, step: cols, shape: (1, cols), >) }
    /// The smallest entry of each column (1×c).
    public func columnMin() -> Tensor { extreme(groups: cols, size: rows, stride: 1, step: cols, shape: (1, cols), <) }

    /// The extreme of each group of `size` entries; group k starts at k·stride and walks by `step`.
    private func extreme(groups: Int, size: Int, stride: Int, step: Int, shape: (Int, Int),
                         _ better: (Double, Double) -> Bool) -> Tensor {
        precondition(size > 0, "max/min of an empty \(rows)×\(cols) tensor")
        var winners = [Int](repeating: 0, count: groups)
        var out = [Double](repeating: 0, count: groups)
        // Each group on its own (the first best entry wins), so groups split over the cores. The
        // best so far is picked by selects, not branches: which entry beats it is a coin flip to
        // the branch predictor (rows of ten took 2–3 ns an entry).
        scalars.withUnsafeBufferPointer { x in winners.withUnsafeMutableBufferPointer { w in out.withUnsafeMutableBufferPointer { o in
            forEachChunk(of: groups, work: groups * size) { chunk in
                for k in chunk {
                    var best = k &* stride, value = x[best]
                    for t in 1 ..< size {
                        let index = k &* stride &+ t &* step, candidate = x[index], wins = better(candidate, value)
                        best = wins ? index : best
                        value = wins ? candidate : value
                    }
                    w[k] = best
                    o[k] = value
                }
            }
        } } }
        return Tensor.record(rows: shape.0, cols: shape.1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in for k in 0 ..< groups { gx[winners[k]] += g[k] } }
        }
    }
}

/// `body` with the buffer of `array`, or with nil when there is no array.
func withBuffer<T, R>(_ array: [T]?, _ body: (UnsafeBufferPointer<T>?) -> R) -> R {
    guard let array else { return body(nil) }
    return array.withUnsafeBufferPointer { body($0) }
}
