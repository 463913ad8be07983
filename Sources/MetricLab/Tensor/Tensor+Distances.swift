import Foundation

extension Tensor {
    /// Squared Euclidean distances between every row of self and every row of `other` (r×r').
    ///
    /// Rows of up to eight columns (every 2-D notebook) are subtracted directly: duplicates get an
    /// exact zero and nearby points no cancellation error. Wider rows go through one matrix
    /// product, ‖a‖² + ‖b‖² − 2a·b, clamped at zero. Either way the gradient is
    /// ∂/∂aᵢ = 2 Σⱼ gᵢⱼ (aᵢ − bⱼ), computed with two more products.
    public func pairwiseSquaredDistances(_ other: Tensor) -> Tensor {
        precondition(cols == other.cols, "pairwiseSquaredDistances: rows of length \(cols) and \(other.cols)")
        let a = self, b = other, n = rows, m = other.rows, d = cols
        var out = [Double](repeating: 0, count: n * m)
        if d <= 8 {
            a.scalars.withUnsafeBufferPointer { x in b.scalars.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0 ..< n { for j in 0 ..< m {
                        var s = 0.0
                        for p in 0 ..< d { let t = x[i * d + p] - y[j * d + p]; s += t * t }
                        o[i * m + j] = s
                    } }
                }
            } }
        } else {
            GEMM.nt(a.scalars, b.scalars, into: &out, m: n, k: d, n: m)
            let na = a.rowSquaredNorms(), nb = b.rowSquaredNorms()
            for i in 0 ..< n { for j in 0 ..< m { out[i * m + j] = Swift.max(0, na[i] + nb[j] - 2 * out[i * m + j]) } }
        }
        return Tensor.record(rows: n, cols: m, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga in
                var rowSum = [Double](repeating: 0, count: n)
                for i in 0 ..< n { for j in 0 ..< m { rowSum[i] += g[i * m + j] } }
                // ga += 2 (rowSum ⊙ a − G·b)
                for i in 0 ..< n { for p in 0 ..< d { ga[i * d + p] += 2 * rowSum[i] * a.scalars[i * d + p] } }
                var gb = [Double](repeating: 0, count: n * d)
                GEMM.nn(Array(g), b.scalars, into: &gb, m: n, k: m, n: d)
                for t in 0 ..< n * d { ga[t] -= 2 * gb[t] }
            }
            b.node?.accumulate { gbuf in
                var colSum = [Double](repeating: 0, count: m)
                for i in 0 ..< n { for j in 0 ..< m { colSum[j] += g[i * m + j] } }
                for j in 0 ..< m { for p in 0 ..< d { gbuf[j * d + p] += 2 * colSum[j] * b.scalars[j * d + p] } }
                var ga = [Double](repeating: 0, count: m * d)
                a.scalars.withUnsafeBufferPointer { x in
                    ga.withUnsafeMutableBufferPointer { o in GEMM.tn(g, x, into: o, m: m, k: n, n: d) }
                }
                for t in 0 ..< m * d { gbuf[t] -= 2 * ga[t] }
            }
        }
    }

    /// Squared Euclidean distances between every pair of rows of self.
    public func pairwiseSquaredDistances() -> Tensor { pairwiseSquaredDistances(self) }

    /// Euclidean distances between every row of self and every row of `other`; slope 0 where a distance is 0.
    public func pairwiseDistances(_ other: Tensor) -> Tensor { pairwiseSquaredDistances(other).sqrtZeroSafe() }

    /// Euclidean distances between every pair of rows of self; slope 0 on the diagonal and at duplicates.
    public func pairwiseDistances() -> Tensor { pairwiseDistances(self) }

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
    public func l2NormalizedRows(epsilon: Double = 1e-12) -> Tensor {
        let x = scalars, n = rows, d = cols
        let norms = rowSquaredNorms().map { Swift.max(Foundation.sqrt($0), epsilon) }
        var y = [Double](repeating: 0, count: count)
        for i in 0 ..< n { for p in 0 ..< d { y[i * d + p] = x[i * d + p] / norms[i] } }
        let out = y
        return Tensor.record(rows: n, cols: d, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                for i in 0 ..< n {
                    let r = i * d
                    let floored = norms[i] == epsilon
                    var dot = 0.0
                    if !floored { for p in 0 ..< d { dot += g[r + p] * out[r + p] } }
                    // ∂(x/‖x‖) = (g − y (g·y)) / ‖x‖; below the floor the norm is a constant.
                    for p in 0 ..< d { gx[r + p] += (g[r + p] - out[r + p] * dot) / norms[i] }
                }
            }
        }
    }

    /// ‖row‖² of each row, as plain numbers.
    func rowSquaredNorms() -> [Double] {
        (0 ..< rows).map { i in
            var s = 0.0
            for p in 0 ..< cols { let v = scalars[i * cols + p]; s += v * v }
            return s
        }
    }
}
