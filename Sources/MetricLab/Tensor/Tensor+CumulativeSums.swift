extension Tensor {
    /// Running sums along each row, y_ij = Σ_{k ≤ j} x_ik (torch.cumsum(x, dim=1)).
    ///
    /// ∂y_ij/∂x_ik = 1 for k ≤ j: the backward pass is the running sum of the gradient from the
    /// end of the row.
    public func cumulativeRowSums() -> Tensor {
        let (r, c) = (rows, cols)
        var out = scalars
        for i in 0 ..< r where c > 1 {
            for j in 1 ..< c { out[i * c + j] += out[i * c + j - 1] }
        }
        return Tensor.record(rows: r, cols: c, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< r {
                    var running = 0.0
                    for j in stride(from: c - 1, through: 0, by: -1) {
                        running += g[i * c + j]
                        gx[i * c + j] += running
                    }
                }
            }
        }
    }

    /// Running sums down each column, y_ij = Σ_{k ≤ i} x_kj (torch.cumsum(x, dim=0)).
    ///
    /// The backward pass is the running sum of the gradient from the bottom of the column.
    public func cumulativeColumnSums() -> Tensor {
        let (r, c) = (rows, cols)
        var out = scalars
        for i in 1 ..< Swift.max(r, 1) {
            for j in 0 ..< c { out[i * c + j] += out[(i - 1) * c + j] }
        }
        return Tensor.record(rows: r, cols: c, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                var running = [Double](repeating: 0, count: c)
                for i in stride(from: r - 1, through: 0, by: -1) {
                    for j in 0 ..< c {
                        running[j] += g[i * c + j]
                        gx[i * c + j] += running[j]
                    }
                }
            }
        }
    }
}
