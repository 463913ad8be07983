extension Tensor {
    /// For each row, the index of the nearest row of `others` (Euclidean; the lower index wins a tie):
    /// the assignment of points to medoids, centres or proxies.
    public func nearestRows(in others: Tensor) -> [Int] {
        precondition(cols == others.cols, "nearestRows: rows of \(cols) columns against rows of \(others.cols)")
        guard others.rows > 0 else { return [Int](repeating: 0, count: rows) }
        let distances = detached.pairwiseSquaredDistances(others.detached)
        return (0 ..< rows).map { i in
            var best = 0
            for j in 1 ..< others.rows where distances[i, j] < distances[i, best] { best = j }
            return best
        }
    }
}
