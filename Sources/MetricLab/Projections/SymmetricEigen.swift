/// The eigenvalues and eigenvectors of a symmetric matrix, largest eigenvalue first.
///
/// Cyclic Jacobi rotations: slower than a tridiagonal QR for large matrices, but simple, accurate
/// for small eigenvalues, and deterministic; the covariance matrices drawn here are at most a few
/// hundred wide.
struct SymmetricEigen {
    /// The eigenvalues, in decreasing order (ties keep the order of the diagonal they settled on).
    let values: [Double]
    /// The unit eigenvectors as rows (row k belongs to `values[k]`), each with its largest-magnitude
    /// entry positive (the first of equal magnitudes) so that a matrix has one answer.
    let vectors: [[Double]]

    /// The decomposition of the `size` × `size` symmetric row-major matrix `matrix`.
    init(_ matrix: [Double], size d: Int) {
        var a = matrix
        var v = [Double](repeating: 0, count: d * d)
        for i in 0 ..< d { v[i * d + i] = 1 }
        let scale = a.reduce(0) { $0 + $1 * $1 }
        for _ in 0 ..< 60 {
            var off = 0.0
            for p in 0 ..< d { for q in p + 1 ..< d { off += 2 * a[p * d + q] * a[p * d + q] } }
            // Rounding leaves off-diagonal entries near ulp(scale); below this the rotations change nothing.
            if off <= 1e-30 * scale { break }
            for p in 0 ..< d {
                for q in p + 1 ..< d where a[p * d + q] != 0 {
                    Self.rotate(&a, &v, d, p, q)
                }
            }
        }
        let order = (0 ..< d).sorted { i, j in
            a[i * d + i] != a[j * d + j] ? a[i * d + i] > a[j * d + j] : i < j
        }
        values = order.map { a[$0 * d + $0] }
        vectors = order.map { k in
            let column = (0 ..< d).map { v[$0 * d + k] }
            var largest = 0
            for i in column.indices where abs(column[i]) > abs(column[largest]) { largest = i }
            return column[largest] < 0 ? column.map { -$0 } : column
        }
    }

    /// One Jacobi rotation A ← JᵀAJ in the (p, q) plane that zeroes a[p, q], and V ← VJ.
    private static func rotate(_ a: inout [Double], _ v: inout [Double], _ d: Int, _ p: Int, _ q: Int) {
        let apq = a[p * d + q]
        let theta = (a[q * d + q] - a[p * d + p]) / (2 * apq)
        // The smaller of the two angles that zero a[p, q], for stability (Rutishauser).
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0 ..< d {
            let akp = a[k * d + p], akq = a[k * d + q]
            a[k * d + p] = c * akp - s * akq
            a[k * d + q] = s * akp + c * akq
        }
        for k in 0 ..< d {
            let apk = a[p * d + k], aqk = a[q * d + k]
            a[p * d + k] = c * apk - s * aqk
            a[q * d + k] = s * apk + c * aqk
        }
        a[p * d + q] = 0
        a[q * d + p] = 0
        for k in 0 ..< d {
            let vkp = v[k * d + p], vkq = v[k * d + q]
            v[k * d + p] = c * vkp - s * vkq
            v[k * d + q] = s * vkp + c * vkq
        }
    }
}
