extension Tensor {
    /// The rows at the given indices, in that order (repeats allowed).
    public func gatherRows(_ indices: [Int]) -> Tensor {
        let d = cols, n = rows
        for i in indices { precondition(i >= 0 && i < n, "gatherRows: index \(i) outside 0..<\(n)") }
        var out = [Double](repeating: 0, count: indices.count * d)
        scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { y in
            for (k, i) in indices.enumerated() { for p in 0 ..< d { y[k * d + p] = x[i * d + p] } }
        } }
        return Tensor.record(rows: indices.count, cols: d, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for (k, i) in indices.enumerated() { for p in 0 ..< d { gx[i * d + p] += g[k * d + p] } }
            }
        }
    }

    /// The entries (rows[k], cols[k]) for each k, as a column.
    public func entries(rows rowIndices: [Int], cols colIndices: [Int]) -> Tensor {
        precondition(rowIndices.count == colIndices.count, "entries: \(rowIndices.count) rows, \(colIndices.count) cols")
        var flat = [Int](repeating: 0, count: rowIndices.count)
        let (r, c) = (rows, cols)
        rowIndices.withUnsafeBufferPointer { ri in colIndices.withUnsafeBufferPointer { ci in
            flat.withUnsafeMutableBufferPointer { f in
                for k in 0 ..< f.count {
                    let i = ri[k], j = ci[k]
                    precondition(i >= 0 && i < r && j >= 0 && j < c, "entries: (\(i), \(j)) outside \(r)×\(c)")
                    f[k] = i * c + j
                }
            }
        } }
        return pick(flat)
    }

    /// The entries (rows[k], cols[k]) minus the entries (minusRows[k], minusCols[k]), as a column.
    ///
    /// One pass for what `entries(…) - entries(…)` does in five: a triplet loss's d(a,p) − d(a,n)
    /// over tens of thousands of triplets without the intermediate columns.
    public func entryDifferences(rows r1: [Int], cols c1: [Int], minusRows r2: [Int], minusCols c2: [Int]) -> Tensor {
        let n = r1.count
        precondition(c1.count == n && r2.count == n && c2.count == n, "entryDifferences: index lists of unequal length")
        let (r, c) = (rows, cols)
        for k in 0 ..< n {
            precondition(r1[k] >= 0 && r1[k] < r && c1[k] >= 0 && c1[k] < c && r2[k] >= 0 && r2[k] < r && c2[k] >= 0 && c2[k] < c,
                         "entryDifferences: index \(k) outside \(r)×\(c)")
        }
        var out = [Double](repeating: 0, count: n)
        scalars.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { y in
            for k in 0 ..< n { y[k] = x[r1[k] * c + c1[k]] - x[r2[k] * c + c2[k]] }
        } }
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for k in 0 ..< n {
                    gx[r1[k] * c + c1[k]] += g[k]
                    gx[r2[k] * c + c2[k]] -= g[k]
                }
            }
        }
    }

    /// The entries where the mask is set, row after row, as a column.
    public func select(_ mask: Mask) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols, "select: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        // Walks the mask itself, forward and back: an index list would cost as much as the matrix.
        // Both walks are branch-free (a mask's bits follow the labels, which a branch cannot
        // predict): every entry is written at the next slot, which only a kept entry advances.
        let bits = mask.bits, kept = mask.count
        let out = scalars.withUnsafeBufferPointer { x in bits.withUnsafeBytes { b in
            // One slot more than kept, for the writes after the last kept entry.
            [Double](unsafeUninitializedCapacity: kept + 1) { y, initialized in
                var k = 0
                for t in 0 ..< x.count { y[k] = x[t]; k &+= Int(b[t]) }
                initialized = kept
            }
        } }
        return Tensor.record(rows: kept, cols: 1, scalars: out, inputs: [self]) { g in
            guard kept > 0 else { return }
            self.node?.accumulate { gx in
                bits.withUnsafeBytes { b in
                    // An entry outside the mask keeps its gradient as it is (adding 0 would turn −0 into 0).
                    var k = 0
                    for t in 0 ..< gx.count {
                        let on = b[t] != 0, v = g[Swift.min(k, kept - 1)]
                        gx[t] = on ? gx[t] + v : gx[t]
                        k &+= Int(b[t])
                    }
                }
            }
        }
    }

    /// A copy with `value` where the mask is set; no gradient flows to those entries.
    public func filled(where mask: Mask, with value: Double) -> Tensor {
        precondition(mask.rows == rows && mask.cols == cols, "filled: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        var out = scalars
        for t in 0 ..< count where mask.bits[t] { out[t] = value }
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in for t in 0 ..< gx.count where !mask.bits[t] { gx[t] += g[t] } }
        }
    }

    /// The entries at flat indices, as a column.
    private func pick(_ flat: [Int]) -> Tensor {
        let out = scalars.withUnsafeBufferPointer { x in flat.withUnsafeBufferPointer { f in
            [Double](unsafeUninitializedCapacity: f.count) { y, initialized in
                for k in 0 ..< f.count { y[k] = x[f[k]] }
                initialized = f.count
            }
        } }
        return Tensor.record(rows: flat.count, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in flat.withUnsafeBufferPointer { f in for k in 0 ..< f.count { gx[f[k]] += g[k] } } }
        }
    }

    /// The columns at `indices`, in that order (repeats allowed), as `gatherRows` takes rows.
    public func gatherColumns(_ indices: [Int]) -> Tensor { transposed().gatherRows(indices).transposed() }

    /// The entries as one column, row after row.
    public func column() -> Tensor {
        Tensor.record(rows: count, cols: 1, scalars: scalars, inputs: [self]) { g in
            self.node?.accumulate { gx in for t in 0 ..< gx.count { gx[t] += g[t] } }
        }
    }

    /// The rows of several tensors of equal width, one block after another.
    public static func stacking(_ parts: [Tensor]) -> Tensor {
        let d = parts.first?.cols ?? 0
        precondition(parts.allSatisfy { $0.cols == d }, "stacking: rows of unequal length")
        let offsets = parts.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        return record(rows: parts.reduce(0) { $0 + $1.rows }, cols: d,
                      scalars: parts.flatMap(\.scalars), inputs: parts) { g in
            for (k, part) in parts.enumerated() {
                part.node?.accumulate { gx in for t in 0 ..< gx.count { gx[t] += g[offsets[k] + t] } }
            }
        }
    }
}
