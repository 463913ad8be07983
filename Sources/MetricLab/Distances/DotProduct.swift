/// The plain inner product of rows (N-pair's and softmax's similarity; PML's
/// DotProductSimilarity(normalize_embeddings=False)).
public struct DotProduct: Distance {
    /// The inner product.
    public init() {}
    public var ordering: DistanceOrdering { .largerIsCloser }
    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor { x.innerProducts(with: y) }
    /// The reductions of the inner products, a block of rows at a time.
    public func reducedSimilarities(_ x: Tensor, _ y: Tensor, _ reductions: [MatrixReduction]) -> [Tensor] {
        x.innerProductsReduced(with: y, reductions)
    }
}
