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
                    if kernel == .avx512 {
                        metriclab_lane_dots_avx512(aRows, rowStride, bt, k, dots, n, rows.count, n, k)
                    } else {
                        metriclab_lane_dots_avx2(aRows, rowStride, bt, k, dots, n, rows.count, n, k)
                    }
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
                case .avx512: metriclab_column_sums_avx512(b, n, aColumns, colStride, ctColumns, m, k, n, rows.count)
                case .avx2: metriclab_column_sums_avx2(b, n, aColumns, colStride, ctColumns, m, k, n, rows.count)
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
