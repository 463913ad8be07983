import CKernels

extension Tensor {
    /// The matrix product self · other.
    public func matmul(_ other: Tensor) -> Tensor {
        precondition(cols == other.rows, "matmul: \(rows)×\(cols) times \(other.rows)×\(other.cols): the left's \(cols) columns must match the right's \(other.rows) rows")
        let a = self, b = other
        let out = GEMM.written(count: rows * other.cols) { GEMM.nn(a.scalars, b.scalars, into: $0, m: rows, k: cols, n: other.cols, start: .zeros) }
        return Tensor.record(rows: rows, cols: other.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga, fresh in GEMM.nt(g, b.scalars, into: ga, m: a.rows, k: b.cols, n: a.cols, start: fresh ? .zeros : .adding) }
            b.node?.accumulate { gb, fresh in GEMM.tn(a.scalars, g, into: gb, m: b.rows, k: a.rows, n: b.cols, start: fresh ? .zeros : .adding) }
        }
    }

    /// self · weights + bias, the bias a row added to every row: a dense layer in one op.
    ///
    /// The product's sums start from the bias row in the kernel's registers, so there is no
    /// separate pass (and matrix) for the addition; the bias's gradient is the column sums of the
    /// incoming gradient.
    public func matmul(_ weights: Tensor, plus bias: Tensor) -> Tensor {
        precondition(cols == weights.rows, "matmul: \(rows)×\(cols) times \(weights.rows)×\(weights.cols): the left's \(cols) columns must match the right's \(weights.rows) rows")
        precondition(bias.rows == 1 && bias.cols == weights.cols, "matmul: bias \(bias.rows)×\(bias.cols) for \(weights.cols) columns")
        let a = self, b = weights, (m, n) = (rows, weights.cols)
        let out = GEMM.written(count: m * n) { out in
            bias.scalars.withUnsafeBufferPointer { row in
                GEMM.nn(a.scalars, b.scalars, into: out, m: m, k: cols, n: n, start: row.baseAddress.map { .row($0) } ?? .zeros)
            }
        }
        return Tensor.record(rows: m, cols: n, scalars: out, inputs: [a, b, bias]) { g in
            a.node?.accumulate { ga, fresh in GEMM.nt(g, b.scalars, into: ga, m: a.rows, k: b.cols, n: a.cols, start: fresh ? .zeros : .adding) }
            b.node?.accumulate { gb, fresh in GEMM.tn(a.scalars, g, into: gb, m: b.rows, k: a.rows, n: b.cols, start: fresh ? .zeros : .adding) }
            bias.node?.accumulate { gc in
                guard let g = g.baseAddress, let gc = gc.baseAddress else { return }
                // The column sums as 1ᵀ·g: each entry adds the rows in order (a fused 1·x + s is
                // the sum x + s, rounded once), with one row of C held in registers.
                withUnsafeTemporaryAllocation(of: Double.self, capacity: m) { ones in
                    guard let ones = ones.baseAddress else { return }
                    ones.initialize(repeating: 1, count: m)
                    GEMM.product(ones, rowStride: 1, colStride: 1, g, bStride: n, into: gc, cStride: n, m: 1, k: m, n: n)
                }
            }
        }
    }

    /// The inner products of every row of self with every row of other: self · otherᵀ.
    public func innerProducts(with other: Tensor) -> Tensor {
        precondition(cols == other.cols, "innerProducts: rows of length \(cols) and \(other.cols)")
        let a = self, b = other
        let out = GEMM.written(count: rows * other.rows) { GEMM.nt(a.scalars, b.scalars, into: $0, m: rows, k: cols, n: other.rows, start: .zeros) }
        return Tensor.record(rows: rows, cols: other.rows, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga, fresh in GEMM.nn(g, b.scalars, into: ga, m: a.rows, k: b.rows, n: a.cols, start: fresh ? .zeros : .adding) }
            b.node?.accumulate { gb, fresh in GEMM.tn(g, a.scalars, into: gb, m: b.rows, k: a.rows, n: b.cols, start: fresh ? .zeros : .adding) }
        }
    }

    /// The transpose.
    public func transposed() -> Tensor {
        var out = [Double](repeating: 0, count: count)
        for i in 0 ..< rows { for j in 0 ..< cols { out[j * rows + i] = scalars[i * cols + j] } }
        return Tensor.record(rows: cols, cols: rows, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< rows { for j in 0 ..< cols { gx[i * cols + j] += g[j * rows + i] } }
            }
        }
    }
}

/// Matrix-product kernels that add into their output (C += op(A)·op(B)), row-major.
///
/// Loops are ordered so the innermost one walks contiguous memory, which the compiler vectorises.
enum GEMM {
    /// Whether the AVX2 kernel of the same loops (eight columns at a time, fused multiply-adds) can run here.
    static let hasAVX2 = metriclab_has_avx2()

    /// The loops that compute a product: sixteen or eight columns at a time with fused
    /// multiply-adds (the same bits either way), or the portable Swift loops.
    enum Kernel {
        case avx512, avx2, portable

        /// The doubles a register of this kernel holds: the lane count a C kernel is asked to run.
        var lanes: Int32 {
            switch self {
            case .avx512: 8
            case .avx2: 4
            case .portable: 1
            }
        }

        /// The rows of this kernel's register tile (the loops have none: one row at a time).
        var tileRows: Int {
            switch self {
            case .avx512: Int(METRICLAB_GEMM_TILE_ROWS_AVX512)
            case .avx2: Int(METRICLAB_GEMM_TILE_ROWS_AVX2)
            case .portable: 1
            }
        }
    }

    /// The widest kernel this CPU runs.
    static let kernel: Kernel = metriclab_has_avx512() ? .avx512 : (hasAVX2 ? .avx2 : .portable)

    /// Where a product's sums start.
    enum Start {
        /// At C's entries: the product adds into C.
        case adding
        /// At zero: C is written whole and never read, so it may be unset.
        case zeros
        /// At one row (a bias) in every row of C: C is written whole and never read.
        case row(UnsafePointer<Double>)

        /// Where the sums of C's rows start, and how far apart those rows are (nil for zeros).
        func rows(of c: UnsafeMutablePointer<Double>, cStride: Int) -> (UnsafePointer<Double>?, Int) {
            switch self {
            case .adding: (UnsafePointer(c), cStride)
            case .zeros: (nil, 0)
            case .row(let bias): (bias, 0)
            }
        }

        /// Sets C (m×n, rows cStride apart) to where its sums start, for the loops that add into C.
        func set(_ c: UnsafeMutablePointer<Double>, cStride: Int, m: Int, n: Int) {
            for i in 0 ..< m {
                switch self {
                case .adding: return
                case .zeros: (c + i * cStride).initialize(repeating: 0, count: n)
                case .row(let bias): (c + i * cStride).initialize(from: bias, count: n)
                }
            }
        }
    }

    /// A new array of `count` entries that `body` writes whole (a product from `.zeros` or `.row`).
    static func written(count: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { out, initialized in
            body(out)
            initialized = count
        }
    }

    /// C (m×n) += A (m×k) · B (k×n), or C = start + A·B.
    static func nn(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        guard let c = c.baseAddress else { return }
        guard let a = a.baseAddress, let b = b.baseAddress else { return start.set(c, cStride: n, m: m, n: n) }
        blocked(a, rowStride: k, colStride: 1, b, c, m: m, k: k, n: n, start: start)
    }

    /// C (m×n) += A · B with A's entry (i, p) at a[i·rowStride + p·colStride], so that one kernel
    /// serves A and Aᵀ; rows of C split over cores.
    private static func blocked(_ a: UnsafePointer<Double>, rowStride: Int, colStride: Int, _ b: UnsafePointer<Double>,
                                _ c: UnsafeMutablePointer<Double>, m: Int, k: Int, n: Int, start: Start) {
        // A few output columns and a long sum (the backward of m×m similarities into 2-D points):
        // the register tile would run its scalar edge loop, so vectorise along the sum instead.
        if n < 8, k >= 64, colStride == 1 || rowStride == 1 {
            start.set(c, cStride: n, m: m, n: n)
            colStride == 1 ? narrowByDots(a, rowStride: rowStride, b, c, m: m, k: k, n: n)
                           : narrowByAxpys(a, colStride: colStride, b, c, m: m, k: k, n: n)
            return
        }
        guard hasAVX2 else {
            product(a, rowStride: rowStride, colStride: colStride, b, bStride: n, into: c, cStride: n, m: m, k: k, n: n, start: start)
            return
        }
        // Rows of C are independent, and each sums in the order of p wherever a chunk starts.
        // Chunks hold whole register tiles of rows: a chunk of eight rows on AVX2 (a weight
        // gradient's 64 rows in eight chunks) ran a six-row tile and a two-row one, whose four
        // chains leave the FMA units half idle.
        let tile = kernel.tileRows, tiles = (m + tile - 1) / tile
        forEachChunk(of: tiles, work: work(multiplyAdds: m * n * k, entries: m * n)) { group in
            let rows = group.lowerBound * tile ..< Swift.min(group.upperBound * tile, m)
            product(a + rows.lowerBound * rowStride, rowStride: rowStride, colStride: colStride, b, bStride: n,
                    into: c + rows.lowerBound * n, cStride: n, m: rows.count, k: k, n: n, start: start)
        }
    }

    /// `forEachChunk`'s work for the product kernel's multiply-adds and the entries it writes or reads.
    ///
    /// Eight multiply-adds count as one unit, about a cycle of the kernel's: counted as 32, the wide
    /// model's products of a million (256×128 by 128×32 forward, 256×32 by 32×128 and 128×256 by
    /// 256×32 back) ran on one thread, and splitting them took its step at 256 from about 310 to
    /// 260 µs, the plane's at 128 from 98 to 85. The entries count too: with a short sum
    /// (similarities of 2-D points, k = 2) writing C costs more than the multiply-adds, and a
    /// 512×512 matrix of them is worth two cores.
    static func work(multiplyAdds: Int, entries: Int) -> Int { multiplyAdds / 8 + entries / 4 }

    /// C (m×n, rows cStride apart) += A · B on this thread, A's entry (i, p) at
    /// a[i·rowStride + p·colStride], B's rows bStride apart: the kernel of every product, and what
    /// blocked algorithms call on their sub-matrices.
    ///
    /// Four rows by four columns of C stay in registers while p runs over k, so each loaded row
    /// piece of B serves four rows of A. Every entry sums its products in the order of p; the
    /// vector kernels fuse each multiply-add (one rounding instead of two), so they agree with
    /// each other bit for bit and with the portable loops to the last bits, not in them.
    static func product(_ a: UnsafePointer<Double>, rowStride: Int, colStride: Int, _ b: UnsafePointer<Double>, bStride: Int,
                        into c: UnsafeMutablePointer<Double>, cStride: Int, m: Int, k: Int, n: Int, start: Start = .adding,
                        kernel: Kernel = kernel) {
        let (s, sStride) = start.rows(of: c, cStride: cStride)
        switch kernel {
        case .avx512: return metriclab_gemm_from_avx512(a, rowStride, colStride, b, bStride, c, cStride, m, k, n, s, sStride)
        case .avx2: return metriclab_gemm_from_avx2(a, rowStride, colStride, b, bStride, c, cStride, m, k, n, s, sStride)
        case .portable: start.set(c, cStride: cStride, m: m, n: n)
        }
        typealias V = SIMD4<Double>
        @inline(__always) func load(_ x: UnsafePointer<Double>) -> V { UnsafeRawPointer(x).loadUnaligned(as: V.self) }
        @inline(__always) func store(_ v: V, _ x: UnsafeMutablePointer<Double>) { UnsafeMutableRawPointer(x).storeBytes(of: v, as: V.self) }
        var i = 0
        while i + 4 <= m {
            let a0 = a + i * rowStride, a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride
            let c0 = c + i * cStride, c1 = c0 + cStride, c2 = c1 + cStride, c3 = c2 + cStride
            var j = 0
            while j + 4 <= n {
                var s0 = load(c0 + j), s1 = load(c1 + j), s2 = load(c2 + j), s3 = load(c3 + j)
                for p in 0 ..< k {
                    let bv = load(b + p * bStride + j), q = p * colStride
                    s0 += V(repeating: a0[q]) * bv
                    s1 += V(repeating: a1[q]) * bv
                    s2 += V(repeating: a2[q]) * bv
                    s3 += V(repeating: a3[q]) * bv
                }
                store(s0, c0 + j); store(s1, c1 + j); store(s2, c2 + j); store(s3, c3 + j)
                j += 4
            }
            while j < n {
                var s0 = c0[j], s1 = c1[j], s2 = c2[j], s3 = c3[j]
                for p in 0 ..< k {
                    let bp = b[p * bStride + j], q = p * colStride
                    s0 += a0[q] * bp; s1 += a1[q] * bp; s2 += a2[q] * bp; s3 += a3[q] * bp
                }
                c0[j] = s0; c1[j] = s1; c2[j] = s2; c3[j] = s3
                j += 1
            }
            i += 4
        }
        while i < m {
            for p in 0 ..< k { axpy(a[i * rowStride + p * colStride], b + p * bStride, c + i * cStride, n) }
            i += 1
        }
    }

    /// Σ x[0..<n]·y[0..<n], with two four-lane accumulators.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var j = 0
        while j + 8 <= n {
            s0 += UnsafeRawPointer(x + j).loadUnaligned(as: SIMD4<Double>.self)
                * UnsafeRawPointer(y + j).loadUnaligned(as: SIMD4<Double>.self)
            s1 += UnsafeRawPointer(x + j + 4).loadUnaligned(as: SIMD4<Double>.self)
                * UnsafeRawPointer(y + j + 4).loadUnaligned(as: SIMD4<Double>.self)
            j += 8
        }
        var s = (s0 + s1).sum()
        while j < n { s += x[j] * y[j]; j += 1 }
        return s
    }

    /// y[0..<n] += s · x[0..<n], four lanes at a time.
    @inline(__always)
    static func axpy(_ s: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        let sv = SIMD4<Double>(repeating: s)
        var j = 0
        while j + 4 <= n {
            let xv = UnsafeRawPointer(x + j).loadUnaligned(as: SIMD4<Double>.self)
            let yv = UnsafeRawPointer(y + j).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + j).storeBytes(of: yv + sv * xv, as: SIMD4<Double>.self)
            j += 4
        }
        while j < n { y[j] += s * x[j]; j += 1 }
    }

    /// C (m×n) += A (m×k) · Bᵀ, B being n×k.
    ///
    /// B is transposed into a scratch buffer first so the inner loop runs along contiguous rows
    /// and vectorises; the dot-product order would leave it a serial reduction.
    static func nt(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        if k == 1 {
            if let c = c.baseAddress { start.set(c, cStride: n, m: m, n: n) }
            for i in 0 ..< m { let ai = a[i]; for j in 0 ..< n { c[i * n + j] += ai * b[j] } }
            return
        }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: k * n) { bt in
            transpose(b, rows: n, cols: k, into: bt)
            nn(a, UnsafeBufferPointer(bt), into: c, m: m, k: k, n: n, start: start)
        }
    }

    /// bt (cols×rows) = bᵀ for b rows×cols, four by four through AVX2 registers where the CPU has them.
    static func transpose(_ b: UnsafeBufferPointer<Double>, rows: Int, cols: Int, into bt: UnsafeMutableBufferPointer<Double>) {
        guard let source = b.baseAddress, let target = bt.baseAddress else { return }
        guard hasAVX2 else {
            for i in 0 ..< rows { for j in 0 ..< cols { target[j * rows + i] = source[i * cols + j] } }
            return
        }
        metriclab_transpose_avx2(source, rows, cols, target)
    }

    /// C (m×n) += Aᵀ · B, A being k×m and B k×n.
    static func tn(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        guard let c = c.baseAddress else { return }
        guard let a = a.baseAddress, let b = b.baseAddress else { return start.set(c, cStride: n, m: m, n: n) }
        blocked(a, rowStride: 1, colStride: m, b, c, m: m, k: k, n: n, start: start)
    }

    static func nn(_ a: [Double], _ b: [Double], into c: inout [Double], m: Int, k: Int, n: Int) {
        c.withUnsafeMutableBufferPointer { c in nn(a, b, into: c, m: m, k: k, n: n) }
    }
    static func nt(_ a: [Double], _ b: [Double], into c: inout [Double], m: Int, k: Int, n: Int) {
        c.withUnsafeMutableBufferPointer { c in nt(a, b, into: c, m: m, k: k, n: n) }
    }
    static func nn(_ a: [Double], _ b: [Double], into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int,
                   start: Start = .adding) {
        a.withUnsafeBufferPointer { a in nn(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
    static func nt(_ a: [Double], _ b: [Double], into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int,
                   start: Start = .adding) {
        a.withUnsafeBufferPointer { a in nt(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
    static func nn(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        b.withUnsafeBufferPointer { b in nn(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
    static func nt(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        b.withUnsafeBufferPointer { b in nt(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
    static func tn(_ a: [Double], _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        a.withUnsafeBufferPointer { a in tn(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
    static func tn(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int, start: Start = .adding) {
        b.withUnsafeBufferPointer { b in tn(a, b, into: c, m: m, k: k, n: n, start: start) }
    }
}
