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
    precondition(k >= 1 && k <= points.rows, "kMeans: k = \(k) for \(points.rows) points")
    precondition(restarts >= 1, "kMeans: at least one run")
    var state = Lloyd(points: points, k: k)
    var best: Clustering?
    for _ in 0 ..< restarts {
        state.seed(using: &rng)
        state.iterate(maxIterations)
        if best == nil || state.inertia < best!.inertia {
            best = Clustering(assignments: state.assignments,
                              centroids: Tensor(rows: k, cols: points.cols, scalars: state.centroids),
                              inertia: state.inertia)
        }
    }
    return best!
}

/// k-means clustering with a generator seeded by `seed`.
public func kMeans(_ points: Tensor, k: Int, restarts: Int = 10, maxIterations: Int = 100,
                   seed: UInt64 = 0) -> Clustering {
    var rng = RNG(seed: seed)
    return kMeans(points, k: k, restarts: restarts, maxIterations: maxIterations, using: &rng)
}

/// The buffers of one k-means run, reused across restarts.
private struct Lloyd {
    let x: [Double]
    let n: Int, d: Int, k: Int
    var centroids: [Double]
    var assignments: [Int]
    /// Each point's squared distance to its nearest centre.
    var nearest: [Double]
    var sizes: [Int]
    var inertia = 0.0

    init(points: Tensor, k: Int) {
        x = points.scalars
        n = points.rows
        d = points.cols
        self.k = k
        centroids = [Double](repeating: 0, count: k * d)
        assignments = [Int](repeating: -1, count: n)
        nearest = [Double](repeating: 0, count: n)
        sizes = [Int](repeating: 0, count: k)
    }

    func squaredDistance(point i: Int, centre c: Int) -> Double {
        var s = 0.0
        for p in 0 ..< d { let t = x[i * d + p] - centroids[c * d + p]; s += t * t }
        return s
    }

    mutating func place(centre c: Int, atPoint i: Int) {
        for p in 0 ..< d { centroids[c * d + p] = x[i * d + p] }
    }

    /// k-means++ seeding.
    mutating func seed(using rng: inout RNG) {
        place(centre: 0, atPoint: rng.int(below: n))
        for i in 0 ..< n { nearest[i] = squaredDistance(point: i, centre: 0) }
        for c in 1 ..< k {
            let total = nearest.reduce(0, +)
            var chosen = n - 1
            if total > 0 {
                var target = rng.uniform() * total
                for i in 0 ..< n { target -= nearest[i]; if target < 0 { chosen = i; break } }
            } else {
                // Fewer distinct points than centres: any point will do.
                chosen = rng.int(below: n)
            }
            place(centre: c, atPoint: chosen)
            for i in 0 ..< n { nearest[i] = min(nearest[i], squaredDistance(point: i, centre: c)) }
        }
        for i in 0 ..< n { assignments[i] = -1 }
    }

    /// Moves each point to its nearest centre; whether any point changed cluster.
    mutating func assign() -> Bool {
        var changed = false
        inertia = 0
        for i in 0 ..< n {
            var closest = 0, closestDistance = Double.infinity
            for c in 0 ..< k {
                let s = squaredDistance(point: i, centre: c)
                if s < closestDistance { closestDistance = s; closest = c }
            }
            if assignments[i] != closest { changed = true; assignments[i] = closest }
            nearest[i] = closestDistance
            inertia += closestDistance
        }
        return changed
    }

    /// Moves each centre to the mean of its points; an empty one to the point farthest from its centre.
    mutating func update() {
        for t in 0 ..< k * d { centroids[t] = 0 }
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
            var farthest = 0
            for i in 0 ..< n where nearest[i] > nearest[farthest] { farthest = i }
            place(centre: c, atPoint: farthest)
            nearest[farthest] = 0
        }
    }

    mutating func iterate(_ maxIterations: Int) {
        _ = assign()
        for _ in 0 ..< maxIterations {
            update()
            if !assign() { break }
        }
    }
}
