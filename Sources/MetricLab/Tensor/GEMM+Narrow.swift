import CKernels

extension GEMM {
    /// C (m×n, n small) += A · B with A's rows contiguous: each entry a dot product of a row of A
    /// with a column of B, the columns copied out first.
    ///
    /// On AVX2 or AVX-512 the dot products run as the tiled lane-dots kernel, which sums in the
    /// order of `dot` and shares each loaded piece of a row of A among the n products: the same bits.
    static func narrowByDots(_ a: UnsafePointer<Double>, rowStride: Int, _ b: UnsafePointer<Double>,
                             _ c: UnsafeMutablePointer<Double>, m: Int, k: Int, n: Int, kernel: Kernel = kernel) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * k) { bt in
            let bt = bt.baseAddress!
            for p in 0 ..< k { for q in 0 ..< n { bt[q * k + p] = b[p * n + q] } }
            forEachChunk(of: m, work: m * n * k / 4) { rows in
                guard kernel != .portable, !rows.isEmpty, n > 0 else {
                    for i in rows { for q in 0 ..< n { c[i * n + q] += dot(a + i * rowStride, bt + q * k, k) } }
                    return
                }
                withUnsafeTemporaryAllocation(of: Double.self, capacity: rows.count * n) { dots in
                    let (aRows, dots) = (a + rows.lowerBound * rowStride, dots.baseAddress!)
                    kernel.laneDots(aRows, rowStride, bt, k, into: dots, n, rows: rows.count, cols: n, k: k)
                    for t in 0 ..< rows.count * n { c[rows.lowerBound * n + t] += dots[t] }
                }
            }
        }
    }

    /// C (m×n, n small) += A · B with A's columns contiguous (A a transpose): each column of C
    /// gathered by axpys along A's columns into a transposed scratch copy.
    ///
    /// On AVX2 or AVX-512 the axpys run as the streamed column-sums kernel, four of A's columns
    /// at a time into the n scratch rows, each sum a multiply then an add in the order of p: the same bits.
    static func narrowByAxpys(_ a: UnsafePointer<Double>, colStride: Int, _ b: UnsafePointer<Double>,
                              _ c: UnsafeMutablePointer<Double>, m: Int, k: Int, n: Int, kernel: Kernel = kernel) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * m) { ct in
            let ct = ct.baseAddress!
            ct.initialize(repeating: 0, count: n * m)
            // Chunks of C's rows are chunks of the scratch copy's columns.
            forEachColumnChunk(of: m, work: m * n * k / 4) { rows in
                let (aColumns, ctColumns) = (a + rows.lowerBound, ct + rows.lowerBound)
                switch kernel {
                case .avx512, .avx2: kernel.columnSums(b, n, aColumns, colStride, into: ctColumns, m, k: k, q: n, n: rows.count)
                case .portable:
                    for p in 0 ..< k {
                        for q in 0 ..< n { axpy(b[p * n + q], a + p * colStride + rows.lowerBound, ct + q * m + rows.lowerBound, rows.count) }
                    }
                }
            }
            for i in 0 ..< m { for q in 0 ..< n { c[i * n + q] += ct[q * m + i] } }
        }
    }
}

extension GEMM.Kernel {
    /// c[i·ldc + q] = Σₚ a[i·lda + p]·b[q·ldb + p] for i < rows, q < cols, p < k: the tiled lane-dots
    /// kernel of this width, each sum in `GEMM.dot`'s order (AVX2 and AVX-512 only).
    func laneDots(_ a: UnsafePointer<Double>, _ lda: Int, _ b: UnsafePointer<Double>, _ ldb: Int,
                  into c: UnsafeMutablePointer<Double>, _ ldc: Int, rows: Int, cols: Int, k: Int) {
        precondition(self != .portable, "laneDots: a vector kernel only")
        if self == .avx512 {
            metriclab_lane_dots_avx512(a, lda, b, ldb, c, ldc, rows, cols, k)
        } else {
            metriclab_lane_dots_avx2(a, lda, b, ldb, c, ldc, rows, cols, k)
        }
    }

    /// s[p·lds + j] += Σᵢ a[i·lda + p]·g[i·ldg + j] for i < k, p < q, j < n: the streamed column-sums
    /// kernel of this width, each sum a multiply then an add in the order of i (AVX2 and AVX-512 only).
    func columnSums(_ a: UnsafePointer<Double>, _ lda: Int, _ g: UnsafePointer<Double>, _ ldg: Int,
                    into s: UnsafeMutablePointer<Double>, _ lds: Int, k: Int, q: Int, n: Int) {
        precondition(self != .portable, "columnSums: a vector kernel only")
        if self == .avx512 {
            metriclab_column_sums_avx512(a, lda, g, ldg, s, lds, k, q, n)
        } else {
            metriclab_column_sums_avx2(a, lda, g, ldg, s, lds, k, q, n)
        }
    }

    /// out[i·m + j] = Σₚ (x[i·d + p] − yT[p·m + j])² for i < rows, j < m, rooted when `rooted`: the
    /// narrow distance kernel of this width (d ≤ 8; AVX2 and AVX-512 only).
    func narrowDistances(_ x: UnsafePointer<Double>, _ yT: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>,
                         rows: Int, m: Int, d: Int, rooted: Bool) {
        precondition(self != .portable, "narrowDistances: a vector kernel only")
        if self == .avx512 {
            metriclab_narrow_distances_avx512(x, yT, out, rows, m, d, rooted)
        } else {
            metriclab_narrow_distances_avx2(x, yT, out, rows, m, d, rooted)
        }
    }
}
