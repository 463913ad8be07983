extension Tensor {
    /// The matrix product self · other.
    public func matmul(_ other: Tensor) -> Tensor {
        precondition(cols == other.rows, "matmul: \(rows)×\(cols) · \(other.rows)×\(other.cols)")
        let a = self, b = other
        var out = [Double](repeating: 0, count: rows * other.cols)
        GEMM.nn(a.scalars, b.scalars, into: &out, m: rows, k: cols, n: other.cols)
        return Tensor.record(rows: rows, cols: other.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga in GEMM.nt(g, b.scalars, into: ga, m: a.rows, k: b.cols, n: a.cols) }
            b.node?.accumulate { gb in GEMM.tn(a.scalars, g, into: gb, m: b.rows, k: a.rows, n: b.cols) }
        }
    }

    /// The inner products of every row of self with every row of other: self · otherᵀ.
    public func innerProducts(with other: Tensor) -> Tensor {
        precondition(cols == other.cols, "innerProducts: rows of length \(cols) and \(other.cols)")
        let a = self, b = other
        var out = [Double](repeating: 0, count: rows * other.rows)
        GEMM.nt(a.scalars, b.scalars, into: &out, m: rows, k: cols, n: other.rows)
        return Tensor.record(rows: rows, cols: other.rows, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga in GEMM.nn(g, b.scalars, into: ga, m: a.rows, k: b.rows, n: a.cols) }
            b.node?.accumulate { gb in GEMM.tn(g, a.scalars, into: gb, m: b.rows, k: a.rows, n: b.cols) }
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
    /// C (m×n) += A (m×k) · B (k×n).
    static func nn(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        for i in 0 ..< m {
            for p in 0 ..< k {
                let aip = a[i * k + p]
                if aip == 0 { continue }
                let bRow = p * n, cRow = i * n
                for j in 0 ..< n { c[cRow + j] += aip * b[bRow + j] }
            }
        }
    }

    /// C (m×n) += A (m×k) · Bᵀ, B being n×k.
    static func nt(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        for i in 0 ..< m {
            for j in 0 ..< n {
                var s = 0.0
                for p in 0 ..< k { s += a[i * k + p] * b[j * k + p] }
                c[i * n + j] += s
            }
        }
    }

    /// C (m×n) += Aᵀ · B, A being k×m and B k×n.
    static func tn(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        for p in 0 ..< k {
            for i in 0 ..< m {
                let api = a[p * m + i]
                if api == 0 { continue }
                let bRow = p * n, cRow = i * n
                for j in 0 ..< n { c[cRow + j] += api * b[bRow + j] }
            }
        }
    }

    static func nn(_ a: [Double], _ b: [Double], into c: inout [Double], m: Int, k: Int, n: Int) {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in nn(a, b, into: c, m: m, k: k, n: n) } } }
    }
    static func nt(_ a: [Double], _ b: [Double], into c: inout [Double], m: Int, k: Int, n: Int) {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in nt(a, b, into: c, m: m, k: k, n: n) } } }
    }
    static func nn(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        b.withUnsafeBufferPointer { b in nn(a, b, into: c, m: m, k: k, n: n) }
    }
    static func nt(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        b.withUnsafeBufferPointer { b in nt(a, b, into: c, m: m, k: k, n: n) }
    }
    static func tn(_ a: [Double], _ b: UnsafeBufferPointer<Double>,
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        a.withUnsafeBufferPointer { a in tn(a, b, into: c, m: m, k: k, n: n) }
    }
    static func tn(_ a: UnsafeBufferPointer<Double>, _ b: [Double],
                   into c: UnsafeMutableBufferPointer<Double>, m: Int, k: Int, n: Int) {
        b.withUnsafeBufferPointer { b in tn(a, b, into: c, m: m, k: k, n: n) }
    }
}
