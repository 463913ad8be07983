extension GEMM {
    /// C (m×n, n small) += A · B with A's rows contiguous: each entry a dot product of a row of A
    /// with a column of B, the columns copied out first.
    static func narrowByDots(_ a: UnsafePointer<Double>, rowStride: Int, _ b: UnsafePointer<Double>,
                                     _ c: UnsafeMutablePointer<Double>, m: Int, k: Int, n: Int) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * k) { bt in
            let bt = bt.baseAddress!
            for p in 0 ..< k { for q in 0 ..< n { bt[q * k + p] = b[p * n + q] } }
            forEachChunk(of: m, work: m * n * k / 4) { rows in
                for i in rows { for q in 0 ..< n { c[i * n + q] += dot(a + i * rowStride, bt + q * k, k) } }
            }
        }
    }

    /// C (m×n, n small) += A · B with A's columns contiguous (A a transpose): each column of C
    /// gathered by axpys along A's columns into a transposed scratch copy.
    static func narrowByAxpys(_ a: UnsafePointer<Double>, colStride: Int, _ b: UnsafePointer<Double>,
                                      _ c: UnsafeMutablePointer<Double>, m: Int, k: Int, n: Int) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * m) { ct in
            let ct = ct.baseAddress!
            ct.initialize(repeating: 0, count: n * m)
            // Chunks of C's rows are chunks of the scratch copy's columns.
            forEachChunk(of: m, work: m * n * k / 4) { rows in
                for p in 0 ..< k {
                    for q in 0 ..< n { axpy(b[p * n + q], a + p * colStride + rows.lowerBound, ct + q * m + rows.lowerBound, rows.count) }
                }
            }
            for i in 0 ..< m { for q in 0 ..< n { c[i * n + q] += ct[q * m + i] } }
        }
    }
}
