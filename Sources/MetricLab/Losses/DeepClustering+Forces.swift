extension DeepClustering: SplitsForces {
    /// Attraction is what the pairs of the same class contribute, each inner product pulled
    /// towards 1 (an example with itself too: its norm, when the embeddings are not normalised);
    /// repulsion is what the pairs of different classes contribute, each pushed towards
    /// orthogonal. The split needs the m×m affinities the loss itself never forms, which a figure
    /// of a small batch can afford.
    public func forces(on embeddings: Tensor, labels: [Int]) -> Forces {
        func descent(through pairs: Mask, towards target: Double) -> Tensor {
            let x = embeddings.detached.asVariable
            let v = self.embeddings(x)
            (v.innerProducts(with: v).select(pairs) - target).squared().sum().backward()
            return -x.grad
        }
        return Forces(attraction: descent(through: .sameLabel(labels), towards: 1),
                      repulsion: descent(through: .differentLabel(labels), towards: 0))
    }
}
