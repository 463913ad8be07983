import Foundation

/// The neighbourhood P that t-SNE matches: Gaussian conditionals calibrated to the perplexity, made joint.
extension TSNE {
    /// How close a point's entropy must come to log(perplexity), in nats (scikit-learn's tolerance).
    static let entropyTolerance = 1e-5
    /// The most halvings or doublings the search for one point's precision takes.
    static let searchSteps = 100

    /// The joint probabilities of `points`, n × n row-major: p_ij = (p_j|i + p_i|j) / Σ, floored at
    /// machine epsilon off the diagonal (as scikit-learn, so that log p is finite), zero on it.
    func affinities(of points: Tensor) -> [Double] {
        let (n, d) = (points.rows, points.cols)
        var conditional = [Double](repeating: 0, count: n * n)
        let target = log(perplexity)
        points.scalars.withUnsafeBufferPointer { x in
            conditional.withUnsafeMutableBufferPointer { c in
                forEachChunk(of: n, work: n * n * (d + 20)) { rows in
                    var distances = [Double](repeating: 0, count: n)
                    for i in rows {
                        for j in 0 ..< n {
                            var sum = 0.0
                            for k in 0 ..< d { let t = x[i * d + k] - x[j * d + k]; sum += t * t }
                            distances[j] = sum
                        }
                        Self.calibrate(row: i, distances: distances, entropy: target,
                                       into: UnsafeMutableBufferPointer(rebasing: c[i * n ..< (i + 1) * n]))
                    }
                }
            }
        }
        var total = 0.0
        for i in 0 ..< n { for j in 0 ..< n { total += conditional[i * n + j] + conditional[j * n + i] } }
        total = max(total, .ulpOfOne)
        var joint = [Double](repeating: 0, count: n * n)
        for i in 0 ..< n {
            for j in 0 ..< n where j != i {
                joint[i * n + j] = max((conditional[i * n + j] + conditional[j * n + i]) / total, .ulpOfOne)
            }
        }
        return joint
    }

    /// p_j|i ∝ exp(−β d_ij) over j ≠ i, with the precision β found by bisection (doubling or halving
    /// while one side is open) until the entropy is within tolerance of `entropy`.
    private static func calibrate(row i: Int, distances: [Double], entropy target: Double,
                                  into p: UnsafeMutableBufferPointer<Double>) {
        var beta = 1.0, low = -Double.infinity, high = Double.infinity
        for _ in 0 ..< searchSteps {
            var sum = 0.0
            for j in distances.indices where j != i {
                p[j] = exp(-distances[j] * beta)
                sum += p[j]
            }
            // Every neighbour so far that its weight underflows: scikit-learn's guard, kept so the
            // search moves on (β halves) instead of dividing by zero.
            if sum == 0 { sum = 1e-8 }
            var weighted = 0.0
            for j in distances.indices {
                p[j] /= sum
                weighted += distances[j] * p[j]
            }
            let difference = log(sum) + beta * weighted - target
            if abs(difference) <= entropyTolerance { break }
            if difference > 0 {
                low = beta
                beta = high == .infinity ? beta * 2 : (beta + high) / 2
            } else {
                high = beta
                beta = low == -.infinity ? beta / 2 : (beta + low) / 2
            }
        }
    }
}
