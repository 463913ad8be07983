extension Magnet {
    /// The magnet loss's clusters: k-means (`kMeans`) with `clustersPerClass` centres on each
    /// class's rows of `embeddings`, on plain numbers, seeded by `seed` so that the loss is a
    /// function of its inputs.
    ///
    /// Returns each example's cluster and each cluster's class; clusters are numbered class by
    /// class, in order of the classes' first appearance. A class with fewer than K examples gets
    /// one cluster an example.
    public func clusters(of embeddings: Tensor, labels: [Int]) -> (cluster: [Int], clusterClass: [Int]) {
        precondition(embeddings.rows == labels.count, "Magnet: \(embeddings.rows) embeddings, \(labels.count) labels")
        var rng = RNG(seed: seed)
        var cluster = [Int](repeating: 0, count: labels.count)
        var clusterClass: [Int] = []
        var classes: [Int] = []
        for label in labels where !classes.contains(label) { classes.append(label) }
        for label in classes {
            let members = labels.indices.filter { labels[$0] == label }
            let k = Swift.min(clustersPerClass, members.count)
            let local = kMeans(embeddings.detached.gatherRows(members), k: k, using: &rng).assignments
            for (m, c) in zip(members, local) { cluster[m] = clusterClass.count + c }
            clusterClass += Array(repeating: label, count: k)
        }
        return (cluster, clusterClass)
    }
}
