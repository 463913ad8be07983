import Foundation

extension Tensor {
    /// Minkowski distances (Σₖ |aᵢₖ − bⱼₖ|ᵖ)^{1/p} between every row of self and every row of
    /// `other` (r×r'); p = ∞ gives the largest coordinate difference. p = 2 is `pairwiseDistances`.
    ///
    /// The slope is ∂dᵢⱼ/∂aᵢₖ = sign(aᵢₖ − bⱼₖ) |aᵢₖ − bⱼₖ|^{p−1} / d^{p−1}, 0 where a distance is 0
    /// (as PyTorch's `cdist`); for p = ∞ the whole slope goes to the first largest coordinate.
    public func pairwiseLpDistances(_ other: Tensor, p: Double) -> Tensor {
        precondition(cols == other.cols, "pairwiseLpDistances: rows of length \(cols) and \(other.cols)")
        precondition(p > 0, "pairwiseLpDistances: p must be positive, got \(p)")
        if p == 2 { return pairwiseDistances(other) }
        let a = self, b = other, n = rows, m = other.rows, d = cols
        let x = scalars, y = other.scalars
        var out = [Double](repeating: 0, count: n * m)
        x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in out.withUnsafeMutableBufferPointer { o in
            forEachChunk(of: n, work: n * m * d) { rows in
                for i in rows {
                    for j in 0 ..< m {
                        var s = 0.0
                        for k in 0 ..< d {
                            let t = Swift.abs(x[i * d + k] - y[j * d + k])
                            if p == .infinity { s = Swift.max(s, t) } else if p == 1 { s += t } else { s += Foundation.pow(t, p) }
                        }
                        o[i * m + j] = p == .infinity || p == 1 ? s : Foundation.pow(s, 1 / p)
                    }
                }
            }
        } } }
        let distances = out
        return Tensor.record(rows: n, cols: m, scalars: distances, inputs: [a, b]) { g in
            // w[(i·m + j)·d + k] = ∂dᵢⱼ/∂aᵢₖ; bⱼ gets the negative.
            @inline(__always) func slope(_ i: Int, _ j: Int, _ k: Int) -> Double {
                let dij = distances[i * m + j]
                guard dij > 0 else { return 0 }
                let t = x[i * d + k] - y[j * d + k]
                let sign: Double = t > 0 ? 1 : (t < 0 ? -1 : 0)
                if p == 1 { return sign }
                if p == .infinity {
                    let first = (0 ..< d).first { Swift.abs(x[i * d + $0] - y[j * d + $0]) == dij }
                    return first == k ? sign : 0
                }
                return sign * Foundation.pow(Swift.abs(t) / dij, p - 1)
            }
            a.node?.accumulate { ga in
                forEachChunk(of: n, work: n * m * d) { rows in
                    for i in rows { for j in 0 ..< m where g[i * m + j] != 0 { for k in 0 ..< d { ga[i * d + k] += g[i * m + j] * slope(i, j, k) } } }
                }
            }
            b.node?.accumulate { gb in
                for i in 0 ..< n { for j in 0 ..< m where g[i * m + j] != 0 { for k in 0 ..< d { gb[j * d + k] -= g[i * m + j] * slope(i, j, k) } } }
            }
        }
    }

    /// Each row divided by its Lp norm, floored at `epsilon` (PyTorch's F.normalize with p).
    public func lpNormalizedRows(p: Double, epsilon: Double = 1e-12) -> Tensor {
        if p == 2 { return l2NormalizedRows(epsilon: epsilon) }
        let norms = p == .infinity ? abs().rowMax() : abs().pow(p).rowSums().pow(1 / p)
        return self / norms.clamp(min: epsilon)
    }
}
