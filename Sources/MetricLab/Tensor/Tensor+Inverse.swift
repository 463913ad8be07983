extension Tensor {
    /// The inverse of a square matrix, or nil when it is singular (a pivot is exactly zero).
    ///
    /// Gauss–Jordan elimination in place with partial pivoting: n³ multiply-adds, each pivot's
    /// row updates spread over cores (rows are independent, so the result does not depend on the
    /// split). The pullback of X = A⁻¹ is ∂A = −Xᵀ ∂X Xᵀ, two products.
    public func inverse() -> Tensor? {
        precondition(rows == cols, "inverse: a \(rows)×\(cols) matrix is not square")
        let n = rows
        var x = scalars
        var swapped = [Int](repeating: 0, count: n)
        let invertible = x.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let a = buffer.baseAddress else { return true }
            for k in 0 ..< n {
                var p = k
                for i in k + 1 ..< n where Swift.abs(a[i * n + k]) > Swift.abs(a[p * n + k]) { p = i }
                guard a[p * n + k] != 0 else { return false }
                swapped[k] = p
                if p != k { for j in 0 ..< n { (a[k * n + j], a[p * n + j]) = (a[p * n + j], a[k * n + j]) } }
                // Row k becomes the pivot row of the inverse: its pivot entry starts as the identity's 1.
                let reciprocal = 1 / a[k * n + k]
                a[k * n + k] = 1
                for j in 0 ..< n { a[k * n + j] *= reciprocal }
                forEachChunk(of: n, work: n * n) { chunk in
                    for i in chunk where i != k {
                        let f = a[i * n + k]
                        guard f != 0 else { continue }
                        a[i * n + k] = 0
                        GEMM.axpy(-f, a + k * n, a + i * n, n)
                    }
                }
            }
            // Row swaps of A are column swaps of A⁻¹, undone in reverse order.
            for k in stride(from: n - 1, through: 0, by: -1) where swapped[k] != k {
                for i in 0 ..< n { (a[i * n + k], a[i * n + swapped[k]]) = (a[i * n + swapped[k]], a[i * n + k]) }
            }
            return true
        }
        guard invertible else { return nil }
        let inverse = x
        return Tensor.record(rows: n, cols: n, scalars: inverse, inputs: [self]) { g in
            self.node?.accumulate { ga in
                var product = [Double](repeating: 0, count: n * n)
                product.withUnsafeMutableBufferPointer { GEMM.tn(inverse, g, into: $0, m: n, k: n, n: n) }
                for t in product.indices { product[t] = -product[t] }
                product.withUnsafeBufferPointer { GEMM.nt($0, inverse, into: ga, m: n, k: n, n: n) }
            }
        }
    }
}
