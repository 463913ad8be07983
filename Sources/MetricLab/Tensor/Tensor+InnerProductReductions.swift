import CKernels

extension Tensor {
    /// `innerProducts(with: other).reduced(reductions)` without the m×n matrix of inner products
    /// or its gradient: the same numbers and gradients, bit for bit.
    ///
    /// The matrix is made a block of rows at a time by the product kernel, in cache, and each
    /// block is reduced at once by the reductions' own row kernels. The backward pass rebuilds the
    /// matrix's gradient from the saved softmax weights, a block of rows at a time for self's side
    /// and a block of columns at a time for other's, every entry by the same operations. Each
    /// product carries its sums from block to block where the whole-matrix product carries them
    /// from row to row. A SupCon step at batch 1024 so streams one 8 MB matrix three times (the
    /// exponentials written, then read for each side) instead of about nine.
    ///
    /// Gradients reaching one entry from two reductions add in either order to the same bits;
    /// from three or more they add as the log-sum-exps', the row sums', then the entries', which
    /// the tape's order for the separate ops may not match in the last bit.
    ///
    /// Below 2²⁰ entries (a batch of 1024) this is `innerProducts(with:).reduced(_:)` itself: the
    /// matrix then stays in the last-level cache, and rebuilding its gradient for each side costs
    /// more than the passes it saves (SupCon and instance steps at 512 were 5–20% slower tiled on a
    /// Zen 3, at 1024 12–18% faster). So it is without AVX2, for one-column rows and for fewer than
    /// eight rows of other.
    public func innerProductsReduced(with other: Tensor, _ reductions: [MatrixReduction]) -> [Tensor] {
        innerProductsReduced(with: other, reductions, tilingFrom: 1 << 20)
    }

    /// `innerProductsReduced(with:_:)`, tiled from `tilingFrom` entries of the matrix on (tests tile small ones).
    func innerProductsReduced(with other: Tensor, _ reductions: [MatrixReduction], tilingFrom: Int) -> [Tensor] {
        precondition(cols == other.cols, "innerProductsReduced: rows of length \(cols) and \(other.cols)")
        guard GEMM.kernel != .portable, cols >= 2, other.rows >= 8, rows * other.rows >= tilingFrom,
              reductions.contains(where: { $0.count(rows: rows) > 0 }) else {
            return innerProducts(with: other).reduced(reductions)
        }
        let tiled = TiledInnerProducts(self, other, reductions, kernel: GEMM.kernel)
        let packed = Tensor.record(rows: tiled.values.count, cols: 1, scalars: tiled.values, inputs: [self, other]) { g in
            tiled.pullback(g)
        }
        return reductions.indices.map { k in
            let range = tiled.offsets[k] ..< tiled.offsets[k + 1]
            return Tensor.record(rows: range.count, cols: 1, scalars: Array(packed.scalars[range]), inputs: [packed]) { g in
                packed.node?.accumulate { gx in for t in range { gx[t] += g[t - range.lowerBound] } }
            }
        }
    }
}

/// One `innerProductsReduced` call: its blocks, its reductions' values packed one after another,
/// and what the backward pass needs (each log-sum-exp's exponentials and row factors).
private struct TiledInnerProducts {
    let a: Tensor, b: Tensor
    let reductions: [MatrixReduction]
    let kernel: GEMM.Kernel
    /// Rows of a, rows of b, and their length.
    let m: Int, n: Int, d: Int
    /// The rows of one block: whole register tiles of the product, about 256 KiB of the matrix,
    /// and small enough for eight blocks to share out over the cores.
    let block: Int
    /// bᵀ (d×n), as the forward product and the narrow backward dot products read it.
    let bt: [Double]
    /// Where each reduction's values start in `values`; the last entry is the total.
    let offsets: [Int]
    /// Every reduction's values, one after another.
    private(set) var values: [Double] = []
    /// For the t-th log-sum-exp of the list, its kept entries' exponentials (rows t·m ..< (t+1)·m
    /// of an m·K×n matrix, saved only when a gradient can flow) and its rows' factors.
    private(set) var exps: [Double] = [], factors: [Double] = []
    /// The places in the list of the log-sum-exps, the row sums and the entries.
    let logSumExps: [Int], sums: [Int], entryLists: [Int]
    /// For each `entries` reduction, its entries sorted by row and column.
    let sortedEntries: [SortedEntries?]

    init(_ a: Tensor, _ b: Tensor, _ reductions: [MatrixReduction], kernel: GEMM.Kernel) {
        (self.a, self.b, self.reductions, self.kernel) = (a, b, reductions, kernel)
        let (m, n, d) = (a.rows, b.rows, a.cols)
        (self.m, self.n, self.d) = (m, n, d)
        let tile = kernel.tileRows
        let inCache = Swift.max(1, (1 << 15) / n / tile) * tile, spread = ((m + 7) / 8 + tile - 1) / tile * tile
        block = Swift.max(tile, Swift.min(inCache, spread))
        bt = [Double](unsafeUninitializedCapacity: d * n) { bt, initialized in
            b.scalars.withUnsafeBufferPointer { GEMM.transpose($0, rows: n, cols: d, into: bt) }
            initialized = d * n
        }
        offsets = reductions.reduce(into: [0]) { $0.append($0.last! + $1.count(rows: m)) }
        logSumExps = reductions.indices.filter { if case .logSumExpRows = reductions[$0] { true } else { false } }
        sums = reductions.indices.filter { if case .rowSums = reductions[$0] { true } else { false } }
        entryLists = reductions.indices.filter { if case .entries = reductions[$0] { true } else { false } }
        sortedEntries = reductions.map { reduction in
            guard case let .entries(rows, cols) = reduction else { return nil }
            return SortedEntries(rows: rows, cols: cols, m: m, n: n)
        }
        for case let mask? in reductions.map(\.mask) {
            precondition(mask.rows == m && mask.cols == n, "innerProductsReduced: mask \(mask.rows)×\(mask.cols) on \(m)×\(n)")
        }
        let saved = a.isTracked || b.isTracked
        var values = [Double](repeating: 0, count: offsets.last!)
        var factors = [Double](repeating: 1, count: logSumExps.count * m)
        // The kernels write every exponential.
        let exps = [Double](unsafeUninitializedCapacity: saved ? logSumExps.count * m * n : 0) { exps, initialized in
            values.withUnsafeMutableBufferPointer { values in factors.withUnsafeMutableBufferPointer { factors in
                forward(into: values.baseAddress!, exps: saved ? exps.baseAddress : nil, factors: factors.baseAddress)
            } }
            initialized = exps.count
        }
        (self.values, self.exps, self.factors) = (values, exps, factors)
    }

    /// The blocks of rows, each made by the product kernel and reduced while it is in cache; the
    /// exponentials go to `exps` when given, else to scratch.
    private func forward(into values: UnsafeMutablePointer<Double>, exps: UnsafeMutablePointer<Double>?,
                         factors: UnsafeMutablePointer<Double>?) {
        let (m, n, d, block) = (m, n, d, block)
        forEachChunk(of: (m + block - 1) / block, work: m * n) { chosen in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: block * n * (exps == nil ? 2 : 1)) { scratch in
                let s = scratch.baseAddress!, spare = s + block * n
                for q in chosen {
                    let rows = q * block ..< Swift.min((q + 1) * block, m)
                    a.scalars.withUnsafeBufferPointer { a in bt.withUnsafeBufferPointer { bt in
                        GEMM.product(a.baseAddress! + rows.lowerBound * d, rowStride: d, colStride: 1, bt.baseAddress!, bStride: n,
                                     into: s, cStride: n, m: rows.count, k: d, n: n, start: .zeros, kernel: kernel)
                    } }
                    for (k, reduction) in reductions.enumerated() {
                        let out = values + offsets[k]
                        switch reduction {
                        case let .logSumExpRows(mask, scale, offset, addOne):
                            let t = logSumExps.firstIndex(of: k)!
                            let e = exps.map { $0 + (t * m + rows.lowerBound) * n } ?? spare
                            withKeep(mask, rows: rows) { keep in
                                metriclab_logsumexp_rows(s, nil, 0, keep, rows.count, n, scale, offset, addOne,
                                                         out + rows.lowerBound, e, factors! + t * m + rows.lowerBound)
                            }
                        case .rowSums(let mask):
                            withKeep(mask, rows: rows) { keep in metriclab_row_sums(s, keep, nil, rows.count, n, out + rows.lowerBound) }
                        case .entries:
                            let sorted = sortedEntries[k]!
                            for i in rows {
                                for u in sorted.starts[i] ..< sorted.starts[i + 1] { out[sorted.order[u]] = s[(i - rows.lowerBound) * n + sorted.cols[u]] }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Sends the packed values' gradient g on: into a's gradient through the matrix's gradient a
    /// block of rows at a time, then into b's a block of columns at a time (the order of
    /// `innerProducts`' pullback, which matters when a and b are one tensor).
    func pullback(_ g: UnsafeBufferPointer<Double>) {
        a.node?.accumulate { ga, fresh in rowSide(g.baseAddress!, into: ga.baseAddress!, fresh: fresh) }
        b.node?.accumulate { gb, fresh in columnSide(g.baseAddress!, into: gb.baseAddress!, fresh: fresh) }
    }

    /// ga = G·b, G the matrix's gradient: each block of G's rows written into cache and multiplied
    /// at once, by the lane dot products when b is narrow (as `GEMM.narrowByDots`) or else by the
    /// product kernel (as `GEMM.nn`).
    private func rowSide(_ g: UnsafePointer<Double>, into ga: UnsafeMutablePointer<Double>, fresh: Bool) {
        let (m, n, d, block) = (m, n, d, block)
        let narrow = d < 8 && n >= 64
        forEachChunk(of: (m + block - 1) / block, work: m * n) { chosen in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: block * n + block * d) { scratch in
                let s = scratch.baseAddress!, dots = s + block * n
                for q in chosen {
                    let rows = q * block ..< Swift.min((q + 1) * block, m)
                    gradient(g, rows: rows, cols: 0 ..< n, into: s)
                    let c = ga + rows.lowerBound * d
                    if narrow {
                        bt.withUnsafeBufferPointer { bt in
                            kernel.laneDots(s, n, bt.baseAddress!, n, into: dots, d, rows: rows.count, cols: d, k: n)
                        }
                        for t in 0 ..< rows.count * d { c[t] = fresh ? 0 + dots[t] : c[t] + dots[t] }
                    } else {
                        b.scalars.withUnsafeBufferPointer { b in
                            GEMM.product(s, rowStride: n, colStride: 1, b.baseAddress!, bStride: d, into: c, cStride: d,
                                         m: rows.count, k: n, n: d, start: fresh ? .zeros : .adding, kernel: kernel)
                        }
                    }
                }
            }
        }
    }

    /// gb = Gᵀ·a: each group of G's columns walked down a block of rows at a time, the sums carried
    /// from block to block; by the column-sums kernel into a transposed copy when a is narrow (as
    /// `GEMM.narrowByAxpys`), else by the product kernel over whole register tiles of columns (as `GEMM.tn`).
    private func columnSide(_ g: UnsafePointer<Double>, into gb: UnsafeMutablePointer<Double>, fresh: Bool) {
        let (m, n, d) = (m, n, d)
        func walk(_ cols: Range<Int>, _ body: (Range<Int>, UnsafeMutablePointer<Double>) -> Void) {
            let tall = Swift.max(16, (1 << 15) / cols.count)
            withUnsafeTemporaryAllocation(of: Double.self, capacity: tall * cols.count) { scratch in
                for top in stride(from: 0, to: m, by: tall) {
                    let rows = top ..< Swift.min(top + tall, m)
                    gradient(g, rows: rows, cols: cols, into: scratch.baseAddress!)
                    body(rows, scratch.baseAddress!)
                }
            }
        }
        a.scalars.withUnsafeBufferPointer { a in
            let a = a.baseAddress!
            guard d < 8 && m >= 64 else {
                let tile = kernel.tileRows
                forEachChunk(of: (n + tile - 1) / tile, work: GEMM.work(multiplyAdds: m * n * d, entries: m * n)) { group in
                    let cols = group.lowerBound * tile ..< Swift.min(group.upperBound * tile, n)
                    walk(cols) { rows, s in
                        GEMM.product(s, rowStride: 1, colStride: cols.count, a + rows.lowerBound * d, bStride: d,
                                     into: gb + cols.lowerBound * d, cStride: d, m: cols.count, k: rows.count, n: d,
                                     start: fresh && rows.lowerBound == 0 ? .zeros : .adding, kernel: kernel)
                    }
                }
                return
            }
            withUnsafeTemporaryAllocation(of: Double.self, capacity: d * n) { ct in
                let ct = ct.baseAddress!
                ct.initialize(repeating: 0, count: d * n)
                forEachColumnChunk(of: n, work: m * n * d / 4) { cols in
                    walk(cols) { rows, s in
                        kernel.columnSums(a + rows.lowerBound * d, d, s, cols.count, into: ct + cols.lowerBound, n,
                                          k: rows.count, q: d, n: cols.count)
                    }
                }
                for j in 0 ..< n { for q in 0 ..< d { gb[j * d + q] = fresh ? 0 + ct[q * n + j] : gb[j * d + q] + ct[q * n + j] } }
            }
        }
    }

    /// The matrix's gradient on rows × cols, into `out` (rows cols.count apart): the log-sum-exps'
    /// part written first, then the row sums' added, then the entries', each kind in list order. One
    /// log-sum-exp with at most one row sum is one pass of `metriclab_lse_sum_pullback`; otherwise
    /// each reduction's own pullback kernel runs on each row's piece.
    private func gradient(_ g: UnsafePointer<Double>, rows: Range<Int>, cols: Range<Int>, into out: UnsafeMutablePointer<Double>) {
        let (n, width) = (n, cols.count)
        var fresh = true
        exps.withUnsafeBufferPointer { e in factors.withUnsafeBufferPointer { f in
            func softmax(_ k: Int) -> (scale: Double, e: UnsafePointer<Double>, f: UnsafePointer<Double>) {
                guard case let .logSumExpRows(_, scale, _, _) = reductions[k] else { preconditionFailure("not a log-sum-exp") }
                let t = logSumExps.firstIndex(of: k)!
                return (scale, e.baseAddress! + (t * m + rows.lowerBound) * n + cols.lowerBound, f.baseAddress! + t * m + rows.lowerBound)
            }
            if logSumExps.count == 1, sums.count <= 1 {
                let (scale, e, f) = softmax(logSumExps[0])
                let sum = sums.first
                withKeep(sum.flatMap { reductions[$0].mask }, rows: rows) { keep in
                    let (gs, keep) = (sum.map { g + offsets[$0] + rows.lowerBound }, keep.map { $0 + cols.lowerBound })
                    let gl = g + offsets[logSumExps[0]] + rows.lowerBound
                    if kernel == .avx512 {
                        metriclab_lse_sum_pullback_avx512(gl, scale, e, n, f, gs, keep, n, rows.count, width, out, width)
                    } else {
                        metriclab_lse_sum_pullback_avx2(gl, scale, e, n, f, gs, keep, n, rows.count, width, out, width)
                    }
                }
                fresh = false
                return
            }
            for k in logSumExps {
                let (scale, e, f) = softmax(k)
                for r in 0 ..< rows.count {
                    metriclab_softmax_pullback(g + offsets[k] + rows.lowerBound + r, scale, e + r * n, f + r, nil, 1, width, fresh,
                                               kernel == .avx512, out + r * width)
                }
                fresh = false
            }
            for k in sums {
                withKeep(reductions[k].mask, rows: rows) { keep in
                    for r in 0 ..< rows.count {
                        metriclab_row_sums_pullback(g + offsets[k] + rows.lowerBound + r, keep.map { $0 + r * n + cols.lowerBound },
                                                    1, width, fresh, out + r * width)
                    }
                }
                fresh = false
            }
        } }
        if fresh { out.initialize(repeating: 0, count: rows.count * width) }
        for k in entryLists {
            let sorted = sortedEntries[k]!, gk = g + offsets[k]
            for i in rows {
                let row = out + (i - rows.lowerBound) * width - cols.lowerBound
                for u in sorted.places(row: i, columns: cols) { row[sorted.cols[u]] += gk[sorted.order[u]] }
            }
        }
    }

    /// `body` with the mask's bits from the first of `rows` on, or nil without a mask.
    private func withKeep(_ mask: Mask?, rows: Range<Int>, _ body: (UnsafePointer<Bool>?) -> Void) {
        guard let mask else { return body(nil) }
        mask.bits.withUnsafeBufferPointer { body($0.baseAddress! + rows.lowerBound * n) }
    }
}

/// The entries of an `entries` reduction sorted by row, then by column, the list's order kept
/// among repeats (the order their gradients add in): row i's are places starts[i] ..< starts[i + 1].
private struct SortedEntries {
    /// Where each row's entries start, and the total last.
    let starts: [Int]
    /// Each place's index in the list.
    let order: [Int]
    /// Each place's column.
    let cols: [Int]

    /// Two stable counting sorts, by column and then by row: O(entries + m + n). Entries listed in
    /// that order already (a mask's, row after row) are only counted.
    init(rows: [Int], cols: [Int], m: Int, n: Int) {
        precondition(rows.count == cols.count, "innerProductsReduced: \(rows.count) rows, \(cols.count) cols")
        var inOrder = true
        for t in rows.indices {
            let (i, j) = (rows[t], cols[t])
            precondition(i >= 0 && i < m && j >= 0 && j < n, "innerProductsReduced: entry (\(i), \(j)) outside \(m)×\(n)")
            if t > 0, (rows[t - 1], cols[t - 1]) > (i, j) { inOrder = false }
        }
        if inOrder {
            (starts, order) = Self.sorted(Array(rows.indices), by: rows, buckets: m)
            self.cols = cols
        } else {
            let byColumn = Self.sorted(Array(rows.indices), by: cols, buckets: n).order
            (starts, order) = Self.sorted(byColumn, by: rows, buckets: m)
            self.cols = order.map { cols[$0] }
        }
    }

    /// The places of row i's entries whose columns lie in `columns`.
    func places(row i: Int, columns: Range<Int>) -> Range<Int> {
        func first(atLeast column: Int) -> Int {
            var (low, high) = (starts[i], starts[i + 1])
            while low < high {
                let middle = (low + high) / 2
                if cols[middle] < column { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let (low, high) = (starts[i], starts[i + 1])
        guard low < high else { return low ..< low }
        let end = cols[high - 1] < columns.upperBound ? high : first(atLeast: columns.upperBound)
        return (columns.lowerBound <= cols[low] ? low : first(atLeast: columns.lowerBound)) ..< end
    }

    /// `items` stably sorted by keys[item] in 0..<buckets, and where each key's items start.
    private static func sorted(_ items: [Int], by keys: [Int], buckets: Int) -> (starts: [Int], order: [Int]) {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for item in items { starts[keys[item] + 1] += 1 }
        for b in 0 ..< buckets { starts[b + 1] += starts[b] }
        var next = starts, order = [Int](repeating: 0, count: items.count)
        for item in items {
            order[next[keys[item]]] = item
            next[keys[item]] += 1
        }
        return (starts, order)
    }
}
