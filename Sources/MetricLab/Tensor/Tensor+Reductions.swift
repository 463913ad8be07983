extension Tensor {
    /// The sum of all entries (1×1).
    public func sum() -> Tensor {
        let total = scalars.reduce(0, +)
        return Tensor.record(rows: 1, cols: 1, scalars: [total], inputs: [self]) { g in
            self.node?.accumulate { gx in for i in 0 ..< gx.count { gx[i] += g[0] } }
        }
    }

    /// The mean of all entries (1×1).
    public func mean() -> Tensor { sum() / Double(Swift.max(count, 1)) }

    /// The sum of each row (r×1).
    public func rowSums() -> Tensor {
        var out = [Double](repeating: 0, count: rows)
        for i in 0 ..< rows { for j in 0 ..< cols { out[i] += scalars[i * cols + j] } }
        return Tensor.record(rows: rows, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< rows { for j in 0 ..< cols { gx[i * cols + j] += g[i] } }
            }
        }
    }

    /// The sum of each column (1×c).
    public func columnSums() -> Tensor {
        var out = [Double](repeating: 0, count: cols)
        for i in 0 ..< rows { for j in 0 ..< cols { out[j] += scalars[i * cols + j] } }
        return Tensor.record(rows: 1, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< rows { for j in 0 ..< cols { gx[i * cols + j] += g[j] } }
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
        for k in 0 ..< groups {
            var best = k * stride
            for t in 1 ..< size where better(scalars[k * stride + t * step], scalars[best]) {
                best = k * stride + t * step
            }
            winners[k] = best
            out[k] = scalars[best]
        }
        return Tensor.record(rows: shape.0, cols: shape.1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in for k in 0 ..< groups { gx[winners[k]] += g[k] } }
        }
    }
}
