extension Magnet {
    /// The magnet loss's clusters: k-means with `clustersPerClass` centres on each class's rows of
    /// `embeddings`, on plain numbers.
    ///
    /// Returns each example's cluster and each cluster's class; clusters are numbered class by
    /// class in order of first appearance. The start is deterministic, so the loss is a function
    /// of its inputs: the first centre is the example nearest the class mean, each next one the
    /// example farthest from the centres so far (farthest-point seeding), then Lloyd's iterations
    /// run until no assignment changes. A cluster that empties is dropped.
    public func clusters(of embeddings: Tensor, labels: [Int]) -> (cluster: [Int], clusterClass: [Int]) {
        precondition(embeddings.rows == labels.count, "Magnet: \(embeddings.rows) embeddings, \(labels.count) labels")
        let points = embeddings.rowArrays
        var cluster = [Int](repeating: 0, count: labels.count)
        var clusterClass: [Int] = []
        var classes: [Int] = []
        for label in labels where !classes.contains(label) { classes.append(label) }
        for label in classes {
            let members = labels.indices.filter { labels[$0] == label }
            let local = Self.kMeans(members.map { points[$0] }, k: Swift.min(clustersPerClass, members.count))
            let used = Array(Set(local)).sorted()
            for (m, c) in zip(members, local) { cluster[m] = clusterClass.count + used.firstIndex(of: c)! }
            clusterClass += used.map { _ in label }
        }
        return (cluster, clusterClass)
    }

    /// The cluster of each point after k-means with k centres.
    static func kMeans(_ points: [[Double]], k: Int) -> [Int] {
        func distance(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        func mean(_ rows: [[Double]]) -> [Double] {
            rows.dropFirst().reduce(rows[0]) { zip($0, $1).map(+) }.map { $0 / Double(rows.count) }
        }
        func nearest(_ p: [Double], _ centers: [[Double]]) -> Int {
            centers.indices.min { distance(p, centers[$0]) < distance(p, centers[$1]) }!
        }
        let center = mean(points)
        var centers = [points[points.indices.min { distance(points[$0], center) < distance(points[$1], center) }!]]
        while centers.count < k {
            let far = points.indices.max { a, b in
                centers.map { distance(points[a], $0) }.min()! < centers.map { distance(points[b], $0) }.min()!
            }!
            centers.append(points[far])
        }
        var assignment = points.map { nearest($0, centers) }
        for _ in 0 ..< 100 {
            for c in centers.indices {
                let rows = points.indices.filter { assignment[$0] == c }.map { points[$0] }
                if !rows.isEmpty { centers[c] = mean(rows) }
            }
            let next = points.map { nearest($0, centers) }
            if next == assignment { break }
            assignment = next
        }
        return assignment
    }
}
