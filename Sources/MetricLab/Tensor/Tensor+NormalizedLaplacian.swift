import Foundation

extension Tensor {
    /// I − α D^{−½} S D^{−½} for the graph whose edges weigh S = self off the diagonal and
    /// D = diag(S𝟙): the normalized graph Laplacian at α = 1, and below 1 the matrix whose inverse
    /// spreads values over the graph by a random walk (Zhou et al. 2004, "Learning with Local and
    /// Global Consistency", eq. 4).
    ///
    /// The graph has no self-loops, as in Zhou et al. (S_ii = 0): self's diagonal is not read and
    /// gets no gradient, so affinities need no masked copy. One op instead of a mask, row sums, a
    /// power and three products, each an n×n pass forward and back. A vertex without edges (a zero
    /// degree) keeps its identity row.
    public func normalizedLaplacian(alpha: Double = 1) -> Tensor {
        precondition(rows == cols, "normalizedLaplacian: \(rows)×\(cols) affinities are not square")
        let n = rows, s = scalars
        let scales = s.withUnsafeBufferPointer { s in
            [Double](unsafeUninitializedCapacity: n) { d, initialized in
                forEachChunk(of: n, work: n * n) { rows in
                    for i in rows {
                        var degree = 0.0
                        forEach(in: 0 ..< n, except: i) { j in degree += s[i * n + j] }
                        d[i] = degree == 0 ? 0 : 1 / Foundation.sqrt(degree)
                    }
                }
                initialized = n
            }
        }
        let out = s.withUnsafeBufferPointer { s in scales.withUnsafeBufferPointer { d in
            [Double](unsafeUninitializedCapacity: n * n) { out, initialized in
                forEachChunk(of: n, work: n * n) { rows in
                    for i in rows {
                        for j in 0 ..< n { out[i * n + j] = -alpha * (s[i * n + j] * (d[i] * d[j])) }
                        out[i * n + i] = 1
                    }
                }
                initialized = n * n
            }
        } }
        return Tensor.record(rows: n, cols: n, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gs in
                // d_i = D_ii^{−½} scales row i and column i: ∂d_i = −α Σⱼ (g_ij S_ij + g_ji S_ji) d_j.
                var fromRows = [Double](repeating: 0, count: n), fromColumns = [Double](repeating: 0, count: n)
                s.withUnsafeBufferPointer { s in scales.withUnsafeBufferPointer { d in
                    fromRows.withUnsafeMutableBufferPointer { r in fromColumns.withUnsafeMutableBufferPointer { c in
                        forEachChunk(of: n, work: n * n) { rows in
                            for i in rows {
                                var sum = 0.0
                                forEach(in: 0 ..< n, except: i) { j in sum += g[i * n + j] * s[i * n + j] * d[j] }
                                r[i] = sum
                            }
                        }
                        // Column sums run down the rows in order, each chunk over its own columns.
                        forEachChunk(of: n, work: n * n) { columns in
                            for i in 0 ..< n { forEach(in: columns, except: i) { j in c[j] += g[i * n + j] * s[i * n + j] * d[i] } }
                        }
                    } }
                    // d = degree^{−½}, so ∂degree_i = −½ d_i³ ∂d_i, which every entry of row i receives.
                    let viaDegree = (0 ..< n).map { i in 0.5 * alpha * d[i] * d[i] * d[i] * (fromRows[i] + fromColumns[i]) }
                    viaDegree.withUnsafeBufferPointer { v in
                        forEachChunk(of: n, work: n * n) { rows in
                            for i in rows { forEach(in: 0 ..< n, except: i) { j in gs[i * n + j] += v[i] - alpha * g[i * n + j] * (d[i] * d[j]) } }
                        }
                    }
                } }
            }
        }
    }
}

/// Calls `body(j)` for every j of `range` but `i` (a vertex's self-loop), as two plain loops.
@inline(__always)
private func forEach(in range: Range<Int>, except i: Int, _ body: (Int) -> Void) {
    for j in range.lowerBound ..< Swift.max(range.lowerBound, Swift.min(i, range.upperBound)) { body(j) }
    for j in Swift.min(Swift.max(i + 1, range.lowerBound), range.upperBound) ..< range.upperBound { body(j) }
}
