/// Cosine similarity: the inner product of L2-normalised rows (PML's CosineSimilarity).
public struct CosineSimilarity: Distance {
    /// Cosine similarity.
    public init() {}
    public var ordering: DistanceOrdering { .largerIsCloser }
    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor { x.cosineSimilarities(y) }
}
