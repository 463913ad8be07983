/// Euclidean distance, plain or squared, of the embeddings as given or L2-normalised first.
///
/// PML's LpDistance(p=2), with power 2 for `squared`; the fast path of `LpDistance`.
public struct Euclidean: Distance {
    /// Whether the distance is squared.
    public var squared: Bool
    /// Whether rows are L2-normalised before the distance (pytorch-metric-learning's default).
    public var normalized: Bool

    /// A Euclidean distance; by default plain and on normalised embeddings, as in LpDistance().
    public init(squared: Bool = false, normalized: Bool = true) {
        self.squared = squared
        self.normalized = normalized
    }

    public var ordering: DistanceOrdering { .smallerIsCloser }

    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor {
        let (a, b) = normalized ? (x.l2NormalizedRows(), y.l2NormalizedRows()) : (x, y)
        return squared ? a.pairwiseSquaredDistances(b) : a.pairwiseDistances(b)
    }
}
