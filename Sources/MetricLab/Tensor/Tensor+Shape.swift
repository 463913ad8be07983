extension Tensor {
    /// The same entries, row after row, in a `rows`×`cols` shape: grouped reductions as row
    /// reductions (sub-centre ArcFace's maximum over each class's K columns).
    public func reshaped(rows r: Int, cols c: Int) -> Tensor {
        precondition(r >= 0 && c >= 0 && r * c == count, "reshaped: \(rows)×\(cols) has no \(r)×\(c) shape")
        return Tensor.record(rows: r, cols: c, scalars: scalars, inputs: [self]) { g in
            self.node?.accumulate { gx in for t in 0 ..< gx.count { gx[t] += g[t] } }
        }
    }

    /// The sub-matrix of the given rows and columns: a block of a matrix built from parts (the
    /// embedding × proxy corner of the manifold loss's random-walk matrix).
    public func block(rows rowRange: Range<Int>, cols colRange: Range<Int>) -> Tensor {
        precondition(rowRange.lowerBound >= 0 && rowRange.upperBound <= rows && colRange.lowerBound >= 0 && colRange.upperBound <= cols,
                     "block: rows \(rowRange), cols \(colRange) outside \(rows)×\(cols)")
        let (r, c, width, first, left) = (rowRange.count, colRange.count, cols, rowRange.lowerBound, colRange.lowerBound)
        var out = [Double](repeating: 0, count: r * c)
        scalars.withUnsafeBufferPointer { x in
            for i in 0 ..< r { for j in 0 ..< c { out[i * c + j] = x[(first + i) * width + left + j] } }
        }
        return Tensor.record(rows: r, cols: c, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< r { for j in 0 ..< c { gx[(first + i) * width + left + j] += g[i * c + j] } }
            }
        }
    }
}
