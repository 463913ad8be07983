import CKernels
import Foundation

extension Tensor {
    /// Squared Euclidean distances between every row of self and every row of `other` (r×r').
    ///
    /// Rows of up to eight columns (every 2-D notebook) are subtracted directly: duplicates get an
    /// exact zero and nearby points no cancellation error. Wider rows go through one matrix
    /// product, ‖a‖² + ‖b‖² − 2a·b, clamped at zero. Either way the gradient is
    /// ∂/∂aᵢ = 2 Σⱼ gᵢⱼ (aᵢ − bⱼ), computed with two more products.
    public func pairwiseSquaredDistances(_ other: Tensor) -> Tensor { pairwiseSquaredDistances(other, sameRows: false) }

    /// The squared distances; `sameRows` when `other` is self, whose diagonal is then exactly 0.
    private func pairwiseSquaredDistances(_ other: Tensor, sameRows: Bool) -> Tensor {
        precondition(cols == other.cols, "pairwiseSquaredDistances: rows of length \(cols) and \(other.cols)")
        let a = self, b = other, n = rows, m = other.rows
        let out = squaredDistanceValues(other, rooted: false, sameRows: sameRows)
        return Tensor.record(rows: n, cols: m, scalars: out, inputs: [a, b]) { g in Self.addSquaredDistanceGradients(g, a, b) }
    }

    /// gᵢⱼ times the squared distance's slope, sent to both sides: the backward pass of both distance ops.
    /// `prepare` (when given) writes rows of g first, called on each block of rows just before the
    /// row side reads it, so that block is still in cache.
    static func addSquaredDistanceGradients(_ g: UnsafeBufferPointer<Double>, _ a: Tensor, _ b: Tensor,
                                                    prepare: ((Range<Int>) -> Void)? = nil) {
        let (n, m, d) = (a.rows, b.rows, a.cols)
        if a.node == nil, let prepare { forEachChunk(of: n, work: n * m, prepare) }
        a.node?.accumulate { ga in
            a.scalars.withUnsafeBufferPointer { x in b.scalars.withUnsafeBufferPointer { y in
                addRowSideGradient(g, x, y, into: ga, n: n, m: m, d: d, prepare: prepare)
            } }
        }
        b.node?.accumulate { gb in
            a.scalars.withUnsafeBufferPointer { x in b.scalars.withUnsafeBufferPointer { y in
                addColumnSideGradient(g, x, y, into: gb, n: n, m: m, d: d)
            } }
        }
    }

    /// The squared distances as plain numbers, or their roots when `rooted` (taken row by row while
    /// the row is still in cache). With `sameRows` (other is self) the matrix product's diagonal,
    /// rounding left over from ‖a‖² + ‖a‖² − 2a·a, is set to the exact 0 the direct path gives, so
    /// a row's distance to itself is 0 and its slope 0 at every width.
    func squaredDistanceValues(_ other: Tensor, rooted: Bool, sameRows: Bool) -> [Double] {
        if cols <= 8 { return Self.narrowSquaredDistances(scalars, other.scalars, n: rows, m: other.rows, d: cols, rooted: rooted) }
        let b = other, n = rows, m = other.rows, d = cols
        // Written whole from zero sums: a pass of zeros over the m×m buffer first took a tenth of
        // the calling thread's time in NCA's loss on 256 rows of 32.
        var out = GEMM.written(count: n * m) { GEMM.nt(scalars, b.scalars, into: $0, m: n, k: d, n: m, start: .zeros) }
        Self.squaredDistancesFromProducts(&out, rowSquaredNorms(), b.rowSquaredNorms(), rooted: rooted)
        // After the root: √0 is 0, and a NaN stays NaN either way.
        if sameRows { for i in 0 ..< n where !out[i * m + i].isNaN { out[i * m + i] = 0 } }
        return out
    }

    /// Squared distances (or, when `rooted`, distances) between rows of at most eight columns,
    /// subtracted directly: x is n×d, y m×d.
    ///
    /// Coordinate by coordinate along a row of the output, so the loop over j vectorises; each
    /// entry sums its squares in the order of p. The first coordinate's square is written, not
    /// added to a zero (the same number: a square is never −0), which spares the m×m buffer a pass
    /// of zeros. On AVX2 or AVX-512 one kernel keeps each entry's sum in a register through all d
    /// coordinates and the root, with the same operations: the same bits in one pass.
    static func narrowSquaredDistances(_ x: [Double], _ y: [Double], n: Int, m: Int, d: Int, rooted: Bool,
                                       kernel: GEMM.Kernel = GEMM.kernel) -> [Double] {
        var yT = [Double](repeating: 0, count: d * m)
        for j in 0 ..< m { for p in 0 ..< d { yT[p * m + j] = y[j * d + p] } }
        return x.withUnsafeBufferPointer { x in yT.withUnsafeBufferPointer { yT in
            [Double](unsafeUninitializedCapacity: n * m) { o, initialized in
                forEachChunk(of: n, work: n * m * d) { rows in
                    if d > 0, m > 0, !rows.isEmpty, kernel != .portable {
                        kernel.narrowDistances(x.baseAddress! + rows.lowerBound * d, yT.baseAddress!,
                                               into: o.baseAddress! + rows.lowerBound * m, rows: rows.count, m: m, d: d, rooted: rooted)
                        return
                    }
                    for i in rows {
                        let row = o.baseAddress! + i * m
                        if d == 0 { row.initialize(repeating: 0, count: m) }
                        for p in 0 ..< d {
                            let xp = x[i * d + p], column = yT.baseAddress! + p * m
                            if p == 0 {
                                for j in 0 ..< m { let t = xp - column[j]; row[j] = t * t }
                            } else {
                                for j in 0 ..< m { let t = xp - column[j]; row[j] += t * t }
                            }
                        }
                        if rooted { for j in 0 ..< m { row[j] = Swift.max(row[j], 0).squareRoot() } }
                    }
                }
                initialized = n * m
            }
        } }
    }

    /// products (n×m) ← ‖aᵢ‖² + ‖bⱼ‖² − 2 productsᵢⱼ, clamped at 0 and rooted when `rooted`, in
    /// one pass over chunks of rows; on AVX2 four entries at a time with the same operations.
    static func squaredDistancesFromProducts(_ products: inout [Double], _ na: [Double], _ nb: [Double], rooted: Bool,
                                             kernel: GEMM.Kernel = GEMM.kernel) {
        let (n, m) = (na.count, nb.count)
        products.withUnsafeMutableBufferPointer { out in na.withUnsafeBufferPointer { na in nb.withUnsafeBufferPointer { nb in
            let (out, na, nb) = (out.baseAddress!, na.baseAddress!, nb.baseAddress!)
            forEachChunk(of: n, work: n * m * 4) { rows in
                if kernel != .portable {
                    metriclab_distances_from_products_avx2(out + rows.lowerBound * m, na + rows.lowerBound, nb, rows.count, m, rooted)
                    return
                }
                for i in rows {
                    for j in 0 ..< m {
                        // Rounding can leave a tiny negative; a NaN must stay NaN, where Swift.max(0, x) would drop it.
                        let s = na[i] + nb[j] - 2 * out[i * m + j], clamped = s < 0 ? 0 : s
                        out[i * m + j] = rooted ? clamped.squareRoot() : clamped
                    }
                }
            }
        } } }
    }

    /// gxᵢ += 2 (xᵢ Σⱼ gᵢⱼ − Σⱼ gᵢⱼ yⱼ): each sum a dot product along a row of g, the row sum one
    /// with a column of ones (g·1 is g exactly).
    ///
    /// On AVX2 or AVX-512 the n×(d+1) dot products run as one tiled kernel that shares each loaded
    /// piece of a row among two or four products; it adds in the order of `GEMM.dot`: the same bits.
    ///
    /// Rows go in blocks of sixteen, each after `prepare` (if any) has written that block of g.
    static func addRowSideGradient(_ g: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>,
                                   _ y: UnsafeBufferPointer<Double>, into gx: UnsafeMutableBufferPointer<Double>,
                                   n: Int, m: Int, d: Int, kernel: GEMM.Kernel = GEMM.kernel,
                                   prepare: ((Range<Int>) -> Void)? = nil) {
        guard n > 0, m > 0, let g = g.baseAddress else { return }
        // Rows 0..<d of yT are the columns of y; row d is the ones.
        var yT = [Double](repeating: 1, count: (d + 1) * m)
        for j in 0 ..< m { for p in 0 ..< d { yT[p * m + j] = y[j * d + p] } }
        var dots = [Double](repeating: 0, count: n * (d + 1))
        yT.withUnsafeBufferPointer { yT in dots.withUnsafeMutableBufferPointer { dots in
            let (yT, dots) = (yT.baseAddress!, dots.baseAddress!)
            forEachChunk(of: n, work: n * m * (d + 1)) { chunk in
                for start in stride(from: chunk.lowerBound, to: chunk.upperBound, by: 16) {
                    let rows = start ..< Swift.min(start + 16, chunk.upperBound)
                    prepare?(rows)
                    let (gRows, dotRows) = (g + rows.lowerBound * m, dots + rows.lowerBound * (d + 1))
                    switch kernel {
                    case .avx512, .avx2: kernel.laneDots(gRows, m, yT, m, into: dotRows, d + 1, rows: rows.count, cols: d + 1, k: m)
                    case .portable:
                        for i in rows { for p in 0 ... d { dots[i * (d + 1) + p] = GEMM.dot(g + i * m, yT + p * m, m) } }
                    }
                }
                for i in chunk {
                    let rowSum = dots[i * (d + 1) + d]
                    for p in 0 ..< d { gx[i * d + p] += 2 * (rowSum * x[i * d + p] - dots[i * (d + 1) + p]) }
                }
            }
        } }
    }

    /// gyⱼ += 2 (yⱼ Σᵢ gᵢⱼ − Σᵢ gᵢⱼ xᵢ): the sums gathered row by row of g, as vectorised axpys.
    ///
    /// On AVX2 or AVX-512 the axpys run as one tiled product (four rows of eight or sixteen sums in
    /// registers while i runs), each sum still a multiply then an add in the order of i: the same bits.
    /// For narrow rows (d ≤ 8, d + 1 sums a column) that tile would step down g a whole row at a
    /// time, a page per step; there g is streamed four rows at a time into sums that stay in cache.
    static func addColumnSideGradient(_ g: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>,
                                      _ y: UnsafeBufferPointer<Double>, into gy: UnsafeMutableBufferPointer<Double>,
                                      n: Int, m: Int, d: Int, kernel: GEMM.Kernel = GEMM.kernel) {
        guard n > 0, m > 0, let g = g.baseAddress else { return }
        // Column p < d of xo is column p of x, column d the ones (1·g is g exactly); row p of
        // `sums` then holds Σᵢ gᵢⱼ xoᵢₚ.
        var xo = [Double](repeating: 1, count: n * (d + 1))
        for i in 0 ..< n { for p in 0 ..< d { xo[i * (d + 1) + p] = x[i * d + p] } }
        var sums = [Double](repeating: 0, count: (d + 1) * m)
        xo.withUnsafeBufferPointer { xo in sums.withUnsafeMutableBufferPointer { sums in
            let (xo, s) = (xo.baseAddress!, sums.baseAddress!)
            // Chunks of columns j: each sums over every row i in order, wherever the chunk starts.
            forEachColumnChunk(of: m, work: n * m * (d + 1)) { columns in
                let (j0, width) = (columns.lowerBound, columns.count)
                switch kernel {
                case .avx512 where d <= 8, .avx2 where d <= 8:
                    kernel.columnSums(xo, d + 1, g + j0, m, into: s + j0, m, k: n, q: d + 1, n: width)
                case .avx512: metriclab_gemm_unfused_avx512(xo, 1, d + 1, g + j0, m, s + j0, m, d + 1, n, width)
                case .avx2: metriclab_gemm_unfused_avx2(xo, 1, d + 1, g + j0, m, s + j0, m, d + 1, n, width)
                case .portable:
                    for i in 0 ..< n { for p in 0 ... d { GEMM.axpy(xo[i * (d + 1) + p], g + i * m + j0, s + p * m + j0, width) } }
                }
                for j in columns {
                    for p in 0 ..< d { gy[j * d + p] += 2 * (s[d * m + j] * y[j * d + p] - s[p * m + j]) }
                }
            }
        } }
    }

    /// Squared Euclidean distances between every pair of rows of self.
    public func pairwiseSquaredDistances() -> Tensor { pairwiseSquaredDistances(self, sameRows: true) }

    /// Euclidean distances between every row of self and every row of `other`; slope 0 where a distance is 0.
    ///
    /// The root is taken in the same op: ∂dᵢⱼ/∂aᵢ = (aᵢ − bⱼ)/dᵢⱼ is the squared distance's
    /// gradient with gᵢⱼ/(2dᵢⱼ) for gᵢⱼ, which saves a pass and a matrix each way.
    public func pairwiseDistances(_ other: Tensor) -> Tensor { pairwiseDistances(other, sameRows: false) }

    /// The distances; `sameRows` when `other` is self, whose diagonal is then exactly 0.
    private func pairwiseDistances(_ other: Tensor, sameRows: Bool) -> Tensor {
        precondition(cols == other.cols, "pairwiseDistances: rows of length \(cols) and \(other.cols)")
        let a = self, b = other, n = rows, m = other.rows
        let out = squaredDistanceValues(other, rooted: true, sameRows: sameRows)
        return Tensor.record(rows: n, cols: m, scalars: out, inputs: [a, b]) { g in
            // g/2d is written a block of rows at a time just before the row side's dot products
            // read it, while it is in cache; the column side then reads it whole.
            let w = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * m)
            defer { w.deallocate() }
            out.withUnsafeBufferPointer { r in
                Self.addSquaredDistanceGradients(UnsafeBufferPointer(w), a, b) { rows in
                    Self.writeHalfOverDistance(g, r, into: w, entries: rows.lowerBound * m ..< rows.upperBound * m)
                }
            }
        }
    }

    /// w = gᵢⱼ/(2dᵢⱼ) where the distance dᵢⱼ (r) is above 0, else 0, on some entries: the root's
    /// slope applied to g; on AVX2 four entries at a time, on AVX-512 eight, with the same operations.
    static func writeHalfOverDistance(_ g: UnsafeBufferPointer<Double>, _ r: UnsafeBufferPointer<Double>,
                                      into w: UnsafeMutableBufferPointer<Double>, entries: Range<Int>,
                                      kernel: GEMM.Kernel = GEMM.kernel) {
        if kernel != .portable, !entries.isEmpty, let g = g.baseAddress, let r = r.baseAddress, let w = w.baseAddress {
            let (g, r, w, count) = (g + entries.lowerBound, r + entries.lowerBound, w + entries.lowerBound, entries.count)
            if kernel == .avx512 { metriclab_half_over_distance_avx512(g, r, w, count) } else { metriclab_half_over_distance_avx2(g, r, w, count) }
        } else {
            for k in entries { w[k] = r[k] > 0 ? 0.5 * g[k] / r[k] : 0 }
        }
    }

    /// Euclidean distances between every pair of rows of self; slope 0 on the diagonal and at duplicates.
    public func pairwiseDistances() -> Tensor { pairwiseDistances(self, sameRows: true) }

    /// Cosine similarities between every row of self and every row of `other`.
    public func cosineSimilarities(_ other: Tensor) -> Tensor {
        l2NormalizedRows().innerProducts(with: other.l2NormalizedRows())
    }

    /// Cosine similarities between every pair of rows of self.
    public func cosineSimilarities() -> Tensor {
        let u = l2NormalizedRows()
        return u.innerProducts(with: u)
    }

    /// Each row divided by its Euclidean norm, floored at `epsilon` (PyTorch's F.normalize).
    ///
    /// Rows split over cores: each row's norm and dot product are its own sums. On AVX2 and
    /// AVX-512 the sums run eight rows side by side and the divisions a register wide, in C, with
    /// the loops' operations (`UnitRowsKernelTests`).
    public func l2NormalizedRows(epsilon: Double = 1e-12) -> Tensor { l2NormalizedRows(epsilon: epsilon, kernel: GEMM.kernel) }

    func l2NormalizedRows(epsilon: Double, kernel: GEMM.Kernel) -> Tensor {
        let x = scalars, n = rows, d = cols
        let norms = rowSquaredNorms(kernel: kernel).map { Swift.max(Foundation.sqrt($0), epsilon) }
        let out = x.withUnsafeBufferPointer { x in norms.withUnsafeBufferPointer { norms in
            [Double](unsafeUninitializedCapacity: count) { y, initialized in
                forEachChunk(of: n, work: n * d) { rows in
                    let t = rows.lowerBound * d
                    switch d == 0 ? .portable : kernel {
                    case .avx512: metriclab_divide_rows_avx512(x.baseAddress! + t, norms.baseAddress! + rows.lowerBound, rows.count, d, y.baseAddress! + t)
                    case .avx2: metriclab_divide_rows_avx2(x.baseAddress! + t, norms.baseAddress! + rows.lowerBound, rows.count, d, y.baseAddress! + t)
                    case .portable: for i in rows { for p in 0 ..< d { y[i * d + p] = x[i * d + p] / norms[i] } }
                    }
                }
                initialized = n * d
            }
        } }
        return Tensor.record(rows: n, cols: d, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                out.withUnsafeBufferPointer { out in norms.withUnsafeBufferPointer { norms in
                    forEachChunk(of: n, work: n * d) { rows in
                        // ∂(x/‖x‖) = (g − y (g·y)) / ‖x‖; below the floor the norm is a constant.
                        if kernel != .portable, d > 0, !rows.isEmpty {
                            let (i, t) = (rows.lowerBound, rows.lowerBound * d)
                            var dots = [Double](repeating: 0, count: rows.count)
                            metriclab_row_dots(g.baseAddress! + t, out.baseAddress! + t, rows.count, d, &dots)
                            for r in rows where norms[r] == epsilon { dots[r - i] = 0 }
                            if kernel == .avx512 {
                                metriclab_unit_rows_pullback_avx512(g.baseAddress! + t, out.baseAddress! + t, norms.baseAddress! + i, dots, rows.count, d, gx.baseAddress! + t)
                            } else {
                                metriclab_unit_rows_pullback_avx2(g.baseAddress! + t, out.baseAddress! + t, norms.baseAddress! + i, dots, rows.count, d, gx.baseAddress! + t)
                            }
                            return
                        }
                        for i in rows {
                            let r = i * d
                            let floored = norms[i] == epsilon
                            var dot = 0.0
                            if !floored { for p in 0 ..< d { dot += g[r + p] * out[r + p] } }
                            for p in 0 ..< d { gx[r + p] += (g[r + p] - out[r + p] * dot) / norms[i] }
                        }
                    }
                } }
            }
        }
    }

    /// ‖row‖² of each row, as plain numbers (eight rows side by side in C on AVX2 and AVX-512).
    func rowSquaredNorms(kernel: GEMM.Kernel = GEMM.kernel) -> [Double] {
        let (n, d) = (rows, cols)
        return scalars.withUnsafeBufferPointer { x in
            [Double](unsafeUninitializedCapacity: n) { norms, initialized in
                forEachChunk(of: n, work: n * d) { rows in
                    if kernel != .portable, d > 0, !rows.isEmpty {
                        let t = rows.lowerBound * d
                        metriclab_row_dots(x.baseAddress! + t, x.baseAddress! + t, rows.count, d, norms.baseAddress! + rows.lowerBound)
                        return
                    }
                    for i in rows {
                        var s = 0.0
                        for p in 0 ..< d { let v = x[i * d + p]; s += v * v }
                        norms[i] = s
                    }
                }
                initialized = n
            }
        }
    }
}
