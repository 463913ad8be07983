extension Tensor {
    /// The mean Euclidean distance between distinct rows: how spread out an embedding is, near 0
    /// when it has collapsed to a point (4/π ≈ 1.27 for points spread evenly round the unit circle).
    /// NaN, undefined, for fewer than two rows.
    public func meanPairwiseDistance() -> Double {
        guard rows > 1 else { return .nan }
        let distances = detached.pairwiseDistances().scalars
        return distances.reduce(0, +) / Double(rows * (rows - 1))
    }
}
