/// Cosine similarity: the inner product of L2-normalised rows (PML's CosineSimilarity).
public struct CosineSimilarity: Distance {
    /// Cosine similarity.
    public init() {}
    public var ordering: DistanceOrdering { .largerIsCloser }
    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor { x.cosineSimilarities(y) }
    /// The reductions of the cosines, a block of rows at a time.
    public func reducedSimilarities(_ x: Tensor, _ y: Tensor, _ reductions: [MatrixReduction]) -> [Tensor] {
        x.l2NormalizedRows().innerProductsReduced(with: y.l2NormalizedRows(), reductions)
    }
}
