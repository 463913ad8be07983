extension Tensor {
    /// For each row, the indices of all other rows from nearest to farthest (Euclidean; the lower
    /// index first on a tie): the ranked list `Retrieval` scores, for drawing or checking it by hand.
    public func rankedNeighbours() -> [[Int]] {
        let distances = detached.pairwiseSquaredDistances()
        return (0 ..< rows).map { q in
            (0 ..< rows).filter { $0 != q }.sorted { (distances[q, $0], $0) < (distances[q, $1], $1) }
        }
    }
}
