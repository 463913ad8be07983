extension Dataset {
    /// Whether `embedding` (a row per example) has brought each class's modes back together: for
    /// every class of several modes, the centroids of its modes are closer to each other than any
    /// of them is to another class's centroid.
    ///
    /// On `SplitClass` data this is the flagship notebook's question: do the two halves of the
    /// split class end closer to each other than to any class that stood between them?
    public func modesReunited(in embedding: Tensor) -> Bool {
        precondition(embedding.rows == count, "modesReunited: \(embedding.rows) embeddings for \(count) examples")
        let classCentroids = (0 ..< classes).map { c in centroid(of: embedding) { labels[$0] == c } }
        for c in 0 ..< classes {
            let modeIDs = Set(indices(ofClass: c).map { modes[$0] }).sorted()
            guard modeIDs.count > 1 else { continue }
            let modeCentroids = modeIDs.map { m in centroid(of: embedding) { labels[$0] == c && modes[$0] == m } }
            var within = 0.0
            for a in modeCentroids { for b in modeCentroids { within = max(within, squaredDistance(a, b)) } }
            for other in 0 ..< classes where other != c && !classCentroids[other].isEmpty {
                for a in modeCentroids where squaredDistance(a, classCentroids[other]) <= within { return false }
            }
        }
        return true
    }

    /// The mean of the rows of `embedding` whose indices satisfy `include`; empty if none do.
    private func centroid(of embedding: Tensor, where include: (Int) -> Bool) -> [Double] {
        var sum = [Double](repeating: 0, count: embedding.cols), members = 0
        for i in 0 ..< embedding.rows where include(i) {
            members += 1
            for p in 0 ..< embedding.cols { sum[p] += embedding[i, p] }
        }
        return members == 0 ? [] : sum.map { $0 / Double(members) }
    }

    private func squaredDistance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { s, pair in s + (pair.0 - pair.1) * (pair.0 - pair.1) }
    }
}
