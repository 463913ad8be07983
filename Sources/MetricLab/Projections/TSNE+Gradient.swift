import Foundation

/// The objective t-SNE descends: KL(P‖Q) with Q the normalised Student-t kernel of the placed points.
extension TSNE {
    /// Buffers one descent reuses on every step: the kernel weights and their row sums.
    struct Workspace {
        /// w_ij = 1 / (1 + |y_i − y_j|²), n × n, zero on the diagonal.
        var weights: [Double]
        /// Σ_j w_ij for each row, added in row order so the total is the same on any core count.
        var rowSums: [Double]

        /// Buffers for `count` points in `components` dimensions.
        init(count: Int, components: Int) {
            weights = [Double](repeating: 0, count: count * count)
            rowSums = [Double](repeating: 0, count: count)
        }
    }

    /// ∂KL/∂y_i = 4 Σ_j (p_ij − q_ij) w_ij (y_i − y_j), with q_ij = max(w_ij / Σ w, ε) (Eq. 5 of the
    /// paper; the floor as scikit-learn's), written into `gradient`.
    func klGradient(_ y: [Double], affinities p: [Double], into gradient: inout [Double], workspace: inout Workspace) {
        let c = components, n = y.count / c
        fillWeights(y, n: n, workspace: &workspace)
        let z = workspace.rowSums.reduce(0, +)
        y.withUnsafeBufferPointer { y in p.withUnsafeBufferPointer { p in
            workspace.weights.withUnsafeBufferPointer { w in gradient.withUnsafeMutableBufferPointer { g in
                forEachChunk(of: n, work: n * n * (c + 4)) { rows in
                    for i in rows {
                        for k in 0 ..< c { g[i * c + k] = 0 }
                        for j in 0 ..< n where j != i {
                            let wij = w[i * n + j]
                            let force = (p[i * n + j] - max(wij / z, .ulpOfOne)) * wij
                            for k in 0 ..< c { g[i * c + k] += force * (y[i * c + k] - y[j * c + k]) }
                        }
                        for k in 0 ..< c { g[i * c + k] *= 4 }
                    }
                }
            } }
        } }
    }

    /// KL(P‖Q) of placed points, Σ_{i≠j} p_ij log(p_ij / q_ij) with scikit-learn's floors.
    func klDivergence(of placed: Tensor, affinities p: [Double]) -> Double {
        let n = placed.rows
        var workspace = Workspace(count: n, components: components)
        fillWeights(placed.scalars, n: n, workspace: &workspace)
        let z = workspace.rowSums.reduce(0, +)
        var sum = 0.0
        for i in 0 ..< n {
            for j in 0 ..< n where j != i {
                let pij = p[i * n + j]
                sum += pij * log(max(pij, .ulpOfOne) / max(workspace.weights[i * n + j] / z, .ulpOfOne))
            }
        }
        return sum
    }

    /// The Student-t weights of every pair and their row sums, each row on its own.
    private func fillWeights(_ y: [Double], n: Int, workspace: inout Workspace) {
        let c = components
        y.withUnsafeBufferPointer { y in
            workspace.weights.withUnsafeMutableBufferPointer { w in workspace.rowSums.withUnsafeMutableBufferPointer { sums in
                forEachChunk(of: n, work: n * n * (c + 2)) { rows in
                    for i in rows {
                        var sum = 0.0
                        for j in 0 ..< n where j != i {
                            var distance = 0.0
                            for k in 0 ..< c { let t = y[i * c + k] - y[j * c + k]; distance += t * t }
                            let wij = 1 / (1 + distance)
                            w[i * n + j] = wij
                            sum += wij
                        }
                        sums[i] = sum
                    }
                }
            } }
        }
    }
}
