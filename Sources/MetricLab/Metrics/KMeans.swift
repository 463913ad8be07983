/// A partition of points into k clusters, as k-means leaves it.
public struct Clustering: Sendable {
    /// Each point's cluster, in 0..<k.
    public let assignments: [Int]
    /// The cluster centres, a row each.
    public let centroids: Tensor
    /// The sum of squared distances from each point to its centre.
    public let inertia: Double
}

/// k-means clustering (Lloyd's iterations from k-means++ seeds), the best of `restarts` runs.
///
/// Seeding follows Arthur & Vassilvitskii 2007: the first centre uniformly, each next one with
/// probability proportional to its squared distance from the nearest centre so far. A cluster
/// that empties takes over the point farthest from its centre. Each run stops when no point
/// changes cluster, or after `maxIterations`; the run of least inertia wins.
public func kMeans(_ points: Tensor, k: Int, restarts: Int = 10, maxIterations: Int = 100,
                   using rng: inout RNG) -> Clustering {
    let n = points.rows, d = points.cols
    precondition(k >= 1 && k <= n, "kMeans: k = \(k) for \(n) points")
    precondition(restarts >= 1, "kMeans: at least one run")
    let x = points.scalars
    var best: (assignments: [Int], centroids: [Double], inertia: Double)?
    var centroids = [Double](repeating: 0, count: k * d)
    var assignments = [Int](repeating: 0, count: n)
    var nearest = [Double](repeating: 0, count: n)
    var sizes = [Int](repeating: 0, count: k)

    func squaredDistance(_ i: Int, _ c: Int) -> Double {
        var s = 0.0
        for p in 0 ..< d { let t = x[i * d + p] - centroids[c * d + p]; s += t * t }
        return s
    }
    func setCentroid(_ c: Int, toPoint i: Int) {
        for p in 0 ..< d { centroids[c * d + p] = x[i * d + p] }
    }

    for _ in 0 ..< restarts {
        setCentroid(0, toPoint: rng.int(below: n))
        for i in 0 ..< n { nearest[i] = squaredDistance(i, 0) }
        for c in 1 ..< k {
            let total = nearest.reduce(0, +)
            var chosen = n - 1
            if total > 0 {
                var target = rng.uniform() * total
                for i in 0 ..< n { target -= nearest[i]; if target < 0 { chosen = i; break } }
            } else {
                chosen = rng.int(below: n)
            }
            setCentroid(c, toPoint: chosen)
            for i in 0 ..< n { nearest[i] = min(nearest[i], squaredDistance(i, c)) }
        }

        var inertia = 0.0
        func assign() -> Bool {
            var changed = false
            inertia = 0
            for i in 0 ..< n {
                var closest = 0, closestDistance = Double.infinity
                for c in 0 ..< k {
                    let s = squaredDistance(i, c)
                    if s < closestDistance { closestDistance = s; closest = c }
                }
                if assignments[i] != closest { changed = true; assignments[i] = closest }
                nearest[i] = closestDistance
                inertia += closestDistance
            }
            return changed
        }
        _ = assign()
        for _ in 0 ..< maxIterations {
            for t in centroids.indices { centroids[t] = 0 }
            for c in 0 ..< k { sizes[c] = 0 }
            for i in 0 ..< n {
                let c = assignments[i]
                sizes[c] += 1
                for p in 0 ..< d { centroids[c * d + p] += x[i * d + p] }
            }
            for c in 0 ..< k where sizes[c] > 0 {
                for p in 0 ..< d { centroids[c * d + p] /= Double(sizes[c]) }
            }
            for c in 0 ..< k where sizes[c] == 0 {
                let farthest = nearest.indices.max { nearest[$0] < nearest[$1] }!
                setCentroid(c, toPoint: farthest)
                nearest[farthest] = 0
            }
            if !assign() { break }
        }
        if best == nil || inertia < best!.inertia {
            best = (assignments, centroids, inertia)
        }
    }
    return Clustering(assignments: best!.assignments, centroids: Tensor(rows: k, cols: d, scalars: best!.centroids),
                      inertia: best!.inertia)
}

/// k-means clustering with a generator seeded by `seed`.
public func kMeans(_ points: Tensor, k: Int, restarts: Int = 10, maxIterations: Int = 100,
                   seed: UInt64 = 0) -> Clustering {
    var rng = RNG(seed: seed)
    return kMeans(points, k: k, restarts: restarts, maxIterations: maxIterations, using: &rng)
}
