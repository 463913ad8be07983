import Foundation

/// Random changes of a point that keep its identity: the views of self-supervised learning.
///
/// A view rotates every point about the data's mean by its own angle, uniform in ±`rotation`
/// radians (in the first two coordinates), then adds Gaussian `jitter` to every coordinate.
public struct Augmentation: Sendable {
    /// The standard deviation of the noise added to each coordinate.
    public let jitter: Double
    /// The largest rotation, in radians.
    public let rotation: Double

    /// Jitter and rotation of the given sizes.
    public init(jitter: Double = 0.05, rotation: Double = 0.3) {
        precondition(jitter >= 0 && rotation >= 0, "Augmentation: jitter and rotation must be ≥ 0")
        self.jitter = jitter
        self.rotation = rotation
    }

    /// One augmented view of every row of `points`.
    public func view(of points: Tensor, using rng: inout RNG) -> Tensor {
        let n = points.rows, d = points.cols
        var out = points.scalars
        if d >= 2 && rotation > 0 && n > 0 {
            var cx = 0.0, cy = 0.0
            for i in 0 ..< n { cx += out[i * d]; cy += out[i * d + 1] }
            cx /= Double(n); cy /= Double(n)
            for i in 0 ..< n {
                let angle = rng.uniform(-rotation, rotation)
                let x = out[i * d] - cx, y = out[i * d + 1] - cy
                out[i * d] = cx + cos(angle) * x - sin(angle) * y
                out[i * d + 1] = cy + sin(angle) * x + cos(angle) * y
            }
        }
        if jitter > 0 { for t in out.indices { out[t] += jitter * rng.gaussian() } }
        return Tensor(rows: n, cols: d, scalars: out)
    }

    /// Two views of every example, stacked: rows 0..<n are the first views, rows n..<2n the second.
    ///
    /// Each example is its own class (label i for both of its views), so that any loss on labels
    /// becomes a self-supervised one; `modes` says which view a row is (0 or 1). Example i's real
    /// class is still `data.labels[i]`.
    public func views(of data: Dataset, using rng: inout RNG) -> Dataset {
        let first = view(of: data.points.detached, using: &rng)
        let second = view(of: data.points.detached, using: &rng)
        let n = data.count
        return Dataset(name: "\(data.name) (two views)",
                       points: Tensor(rows: 2 * n, cols: data.dimension, scalars: first.scalars + second.scalars),
                       labels: Array(0 ..< n) + Array(0 ..< n), classes: n,
                       modes: [Int](repeating: 0, count: n) + [Int](repeating: 1, count: n))
    }

    /// Two stacked views of every example, drawn with a generator seeded by `seed`.
    public func views(of data: Dataset, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        return views(of: data, using: &rng)
    }
}
