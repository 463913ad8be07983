import CKernels

extension Tensor {
    /// The inverse of a symmetric positive definite matrix, or nil when it is not positive definite.
    ///
    /// The op reads the symmetric part (A + Aᵀ)/2, which is A itself when A is symmetric, so its
    /// gradient is symmetric as well: ∂A = −X sym(∂X) X for X = A⁻¹, whose lower triangle is one
    /// full product and half of another.
    ///
    /// A blocked sweep, Gauss–Jordan elimination that keeps the matrix symmetric: positive
    /// definiteness makes every pivot positive (and a pivot that is not shows it fails), so nothing
    /// is swapped. Each block of pivots inverts its diagonal block and updates the lower triangle of
    /// the rest through one matrix product, n³/2 multiply-adds in all where `inverse()` needs n³
    /// in row updates. The bands of rows split over cores compute the same sums wherever they split.
    public func symmetricPositiveDefiniteInverse() -> Tensor? {
        precondition(rows == cols, "symmetricPositiveDefiniteInverse: a \(rows)×\(cols) matrix is not square")
        let n = rows
        var work = scalars.withUnsafeBufferPointer { s in
            [Double](unsafeUninitializedCapacity: n * n) { w, initialized in
                forEachLowerPiece(of: n) { i, columns in
                    for j in columns {
                        w[j * n + i] = 0  // the upper triangle is the sweep's scratch
                        w[i * n + j] = (s[i * n + j] + s[j * n + i]) / 2
                    }
                }
                initialized = n * n
            }
        }
        let definite = work.withUnsafeMutableBufferPointer { w in w.baseAddress.map { sweepLowerTriangle($0, n) } ?? true }
        guard definite else { return nil }
        // The sweep leaves −A⁻¹ in the lower triangle.
        let inverse = work.withUnsafeBufferPointer { w in
            [Double](unsafeUninitializedCapacity: n * n) { x, initialized in
                forEachLowerPiece(of: n) { i, columns in
                    for j in columns { (x[i * n + j], x[j * n + i]) = (-w[i * n + j], -w[i * n + j]) }
                }
                initialized = n * n
            }
        }
        // The pullback needs X, not A: A's entries are not kept alive for it.
        let input = node
        return Tensor.record(rows: n, cols: n, scalars: inverse, inputs: [self]) { g in
            input?.accumulate { ga in
                // −sym(∂X) X, then the lower triangle of X times that, in the first buffer again.
                var scratch = [Double](unsafeUninitializedCapacity: n * n) { s, initialized in
                    forEachLowerPiece(of: n) { i, columns in
                        for j in columns {
                            let entry = -(g[i * n + j] + g[j * n + i]) / 2
                            (s[i * n + j], s[j * n + i]) = (entry, entry)
                        }
                    }
                    initialized = n * n
                }
                var right = [Double](repeating: 0, count: n * n)
                GEMM.nn(scratch, inverse, into: &right, m: n, k: n, n: n)
                inverse.withUnsafeBufferPointer { x in right.withUnsafeBufferPointer { t in scratch.withUnsafeMutableBufferPointer { p in
                    guard let x = x.baseAddress, let t = t.baseAddress, let p = p.baseAddress else { return }
                    forEachLowerBand(of: n, work: n * n * n / 2) { band in
                        for r in band { (p + r * n).initialize(repeating: 0, count: band.upperBound) }
                        GEMM.product(x + band.lowerBound * n, rowStride: n, colStride: 1, t, bStride: n,
                                     into: p + band.lowerBound * n, cStride: n, m: band.count, k: n, n: band.upperBound)
                    }
                    forEachLowerPiece(of: n) { i, columns in
                        for j in columns where j < i { ga[j * n + i] += p[i * n + j] }
                        for j in columns { ga[i * n + j] += p[i * n + j] }
                    }
                } } }
            }
        }
    }
}

/// Pivots a block of the sweep takes at once: the product that updates the rest sums over them.
private let sweepBlock = 64

/// Rows of the bands that split a triangle's work over cores; divides `sweepBlock`.
private let bandHeight = 32

/// Sweeps every pivot of the symmetric n×n matrix held in the lower triangle of `a`, which then
/// holds −A⁻¹; false when a pivot is not positive (A is not positive definite). The upper triangle
/// is scratch.
///
/// Sweeping the pivots K, with R the others: P = A_KK⁻¹, then A_RR −= A_RK P A_KR, A_RK ← A_RK P,
/// A_KK ← −P. Sweeps commute, so a block of pivots at once gives the scalar sweep's result.
private func sweepLowerTriangle(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Bool {
    let columns = UnsafeMutablePointer<Double>.allocate(capacity: sweepBlock * n)  // A_KR, a row per pivot
    let scaled = UnsafeMutablePointer<Double>.allocate(capacity: n * sweepBlock)   // −A_RK P
    let pivots = UnsafeMutablePointer<Double>.allocate(capacity: sweepBlock * sweepBlock)
    defer { columns.deallocate(); scaled.deallocate(); pivots.deallocate() }
    for k0 in stride(from: 0, to: n, by: sweepBlock) {
        let k1 = min(k0 + sweepBlock, n), b = k1 - k0
        for i in 0 ..< b { for j in 0 ..< i + 1 { (pivots[i * b + j], pivots[j * b + i]) = (a[(k0 + i) * n + k0 + j], a[(k0 + i) * n + k0 + j]) } }
        guard sweepSmall(pivots, b) else { return false }
        // A_KR from the lower triangle: left of K it is K's rows, below K it is K's columns.
        for p in 0 ..< b { (columns + p * n).update(from: a + (k0 + p) * n, count: k0) }
        for r in k1 ..< n { for p in 0 ..< b { columns[p * n + r] = a[r * n + k0 + p] } }
        forEachLowerBand(of: n, work: (n - b) * (n - b) * b / 2) { band in
            guard band.upperBound <= k0 || band.lowerBound >= k1 else { return }
            let (r0, h) = (band.lowerBound, band.count)
            (scaled + r0 * b).initialize(repeating: 0, count: h * b)
            GEMM.product(columns + r0, rowStride: 1, colStride: n, pivots, bStride: b, into: scaled + r0 * b, cStride: b, m: h, k: b, n: b)
            GEMM.product(scaled + r0 * b, rowStride: b, colStride: 1, columns, bStride: n,
                         into: a + r0 * n, cStride: n, m: h, k: b, n: min(k0, band.upperBound))
            if r0 >= k1 {
                GEMM.product(scaled + r0 * b, rowStride: b, colStride: 1, columns + k1, bStride: n,
                             into: a + r0 * n + k1, cStride: n, m: h, k: b, n: band.upperBound - k1)
            }
            for r in band {
                for p in 0 ..< b { a[r >= k1 ? r * n + k0 + p : (k0 + p) * n + r] = -scaled[r * b + p] }
            }
        }
        for i in 0 ..< b { for j in 0 ..< i + 1 { a[(k0 + i) * n + k0 + j] = pivots[i * b + j] } }
    }
    return true
}

/// The scalar sweep of a full b×b symmetric matrix in place, leaving −A⁻¹; false at a pivot that is not positive.
///
/// Its b² row updates are most of the op's time at small n; on AVX2 or AVX-512 they run as a C
/// kernel of the same multiplies and adds, four or eight entries a register (Swift's SSE2 build
/// runs two), the loop kept as the fallback.
func sweepSmall(_ q: UnsafeMutablePointer<Double>, _ b: Int, kernel: GEMM.Kernel = GEMM.kernel) -> Bool {
    switch kernel {
    case .avx512: return metriclab_sweep_small_avx512(q, b)
    case .avx2: return metriclab_sweep_small_avx2(q, b)
    case .portable: break
    }
    for k in 0 ..< b {
        let pivot = q[k * b + k]
        guard pivot > 0, pivot.isFinite else { return false }
        let reciprocal = 1 / pivot
        for i in 0 ..< b where i != k {
            let f = q[i * b + k] * reciprocal
            GEMM.axpy(-f, q + k * b, q + i * b, b)
            q[i * b + k] = f
        }
        for j in 0 ..< b { q[k * b + j] *= reciprocal }
        q[k * b + k] = -reciprocal
    }
    return true
}

/// Runs `body` over bands of `bandHeight` rows of an n×n lower triangle, split over cores in pairs
/// (band t with band count − 1 − t) so that every core gets an even share of the triangle.
private func forEachLowerBand(of n: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let bands = (n + bandHeight - 1) / bandHeight
    forEachChunk(of: (bands + 1) / 2, work: work) { pairs in
        for t in pairs {
            body(t * bandHeight ..< min(n, (t + 1) * bandHeight))
            let mirror = bands - 1 - t
            if mirror != t { body(mirror * bandHeight ..< min(n, (mirror + 1) * bandHeight)) }
        }
    }
}

/// Calls `body(i, columns)` for pieces of the rows of an n×n lower triangle (columns ≤ i), 32 × 32
/// tiles at a time so that a loop that also touches the mirror entries (j, i) walks the columns it
/// reads in cached pieces, in bands split over cores: `body` may touch only (i, j) and (j, i).
private func forEachLowerPiece(of n: Int, _ body: (Int, Range<Int>) -> Void) {
    forEachLowerBand(of: n, work: n * n / 2) { band in
        for j0 in stride(from: 0, through: band.lowerBound, by: bandHeight) {
            for i in band { body(i, j0 ..< min(j0 + bandHeight, i + 1)) }
        }
    }
}
