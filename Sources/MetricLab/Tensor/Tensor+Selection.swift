import CKernels

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
        let (bits, pieces) = (mask.bits, SelectionPieces(mask))
        let out = Self.selected(scalars, bits, pieces)
        return Tensor.record(rows: pieces.kept, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx, fresh in
                pieces.forEach { entries, kept in
                    Self.addSelected(UnsafeBufferPointer(rebasing: g[kept]), bits, entries: entries,
                                     into: UnsafeMutableBufferPointer(rebasing: gx[entries]), fresh: fresh)
                }
            }
        }
    }

    /// The entries of x whose bit is set, in order. On AVX-512 the pieces run on the cores, each
    /// writing only its own share; the loop writes one slot past its last kept entry, so it walks
    /// all entries itself.
    static func selected(_ x: [Double], _ bits: [Bool], _ pieces: SelectionPieces, kernel: GEMM.Kernel = GEMM.kernel) -> [Double] {
        [Double](unsafeUninitializedCapacity: pieces.kept + 1) { y, initialized in
            if kernel == .avx512 {
                pieces.forEach { entries, kept in
                    selected(x, bits, entries: entries, into: UnsafeMutableBufferPointer(rebasing: y[kept.lowerBound ..< kept.upperBound + 1]),
                             kernel: kernel)
                }
            } else {
                selected(x, bits, entries: 0 ..< x.count, into: y, kernel: kernel)
            }
            initialized = pieces.kept
        }
    }

    /// The entries of x among `entries` whose bit is set, in order, into y (which holds them and
    /// one more slot).
    ///
    /// Branch-free (a mask's bits follow the labels, which a branch cannot predict): every entry
    /// is written at the next slot, which only a kept entry advances; on AVX-512 eight entries at
    /// a time, packed in a register.
    static func selected(_ x: [Double], _ bits: [Bool], entries: Range<Int>, into y: UnsafeMutableBufferPointer<Double>,
                         kernel: GEMM.Kernel = GEMM.kernel) {
        x.withUnsafeBufferPointer { x in bits.withUnsafeBytes { b in
            if kernel == .avx512, !entries.isEmpty, let xs = x.baseAddress, let b = b.baseAddress {
                _ = metriclab_select_avx512(xs + entries.lowerBound, b.assumingMemoryBound(to: UInt8.self) + entries.lowerBound,
                                            entries.count, y.count - 1, y.baseAddress!)
            } else {
                var k = 0
                for t in entries { y[k] = x[t]; k &+= Int(b[t]) }
            }
        } }
    }

    /// gx[t] += g[k] for the k-th entry t among `entries` whose bit is set (when `fresh`,
    /// gx[t] = 0 + g[k] and 0 elsewhere), gx holding those entries: `selected`'s backward pass,
    /// branch-free, on AVX-512 eight entries at a time.
    static func addSelected(_ g: UnsafeBufferPointer<Double>, _ bits: [Bool], entries: Range<Int>,
                            into gx: UnsafeMutableBufferPointer<Double>, fresh: Bool, kernel: GEMM.Kernel = GEMM.kernel) {
        bits.withUnsafeBytes { b in
            let b = UnsafeRawBufferPointer(rebasing: b[entries])
            if kernel == .avx512, let bytes = b.baseAddress, let gx = gx.baseAddress {
                metriclab_add_selected_avx512(g.baseAddress ?? UnsafePointer(gx), g.count, bytes.assumingMemoryBound(to: UInt8.self), entries.count, gx, fresh)
                return
            }
            guard !g.isEmpty else {
                if fresh { gx.initialize(repeating: 0) }
                return
            }
            // An entry outside the mask keeps its gradient as it is (adding 0 would turn −0 into 0).
            var k = 0
            for t in 0 ..< gx.count {
                let on = b[t] != 0, v = g[Swift.min(k, g.count - 1)]
                gx[t] = fresh ? (on ? 0 + v : 0) : (on ? gx[t] + v : gx[t])
                k &+= Int(b[t])
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

/// A mask's entries cut into a few runs for the cores (one below 2¹⁸ entries: a packed entry is a
/// fraction of a nanosecond, and below a 512×512 mask the hand-off cost threshold-consistent
/// margin's wide step 3%), with where each run's kept entries start in the selected column:
/// counted first, so that each run writes its own share of the column.
struct SelectionPieces {
    /// The runs' bounds in the flat entries, first to last.
    private let bounds: [Int]
    /// How many entries are kept before each run, and last in all.
    private let starts: [Int]

    /// The runs of a mask and their kept counts, counted over the cores.
    init(_ mask: Mask) {
        let count = mask.bits.count, runs = chunkCount(of: count, work: count / 4)
        let bounds = (0 ... runs).map { $0 * count / runs }
        var starts = [Int](repeating: 0, count: runs + 1)
        starts.withUnsafeMutableBufferPointer { s in
            forEachChunk(of: runs, work: count) { chosen in
                for r in chosen { s[r + 1] = mask.setBits(in: bounds[r] ..< bounds[r + 1]) }
            }
        }
        for r in 0 ..< runs { starts[r + 1] += starts[r] }
        (self.bounds, self.starts) = (bounds, starts)
    }

    /// How many entries are kept in all.
    var kept: Int { starts.last! }

    /// `body` on each run, on the cores when there are several: its entries and where its kept ones lie in the column.
    func forEach(_ body: (Range<Int>, Range<Int>) -> Void) {
        let count = bounds.last!
        forEachChunk(of: bounds.count - 1, work: count) { chosen in
            for r in chosen { body(bounds[r] ..< bounds[r + 1], starts[r] ..< starts[r + 1]) }
        }
    }
}
