/// A distance whose masked hinge sums run as one op over its matrix (`Tensor.distanceHingeSums`),
/// which keeps fewer of the matrix's kind for the backward pass than the matrix and the sums apart.
protocol FusedHingeSums: Distance {
    /// `matrix(x, y).maskedSums(of: f, groups)` as one op, with its bits; nil where there is none.
    func fusedHingeSums<F: VectorHinge>(_ x: Tensor, _ y: Tensor, of f: F, _ groups: [MaskedGroup]) -> [TermSum]?
}

extension Distance {
    /// For each group, Σ f over the entries of matrix(x, y) its mask keeps (`Tensor.maskedSums`):
    /// one op where the distance has one, the same bits either way.
    func hingeSums<F: VectorHinge>(_ x: Tensor, _ y: Tensor, of f: F, _ groups: [MaskedGroup]) -> [TermSum] {
        (self as? any FusedHingeSums)?.fusedHingeSums(x, y, of: f, groups) ?? matrix(x, y).maskedSums(of: f, groups)
    }
}

extension Euclidean: FusedHingeSums {
    func fusedHingeSums<F: VectorHinge>(_ x: Tensor, _ y: Tensor, of f: F, _ groups: [MaskedGroup]) -> [TermSum]? {
        let (a, b) = normalized ? (x.l2NormalizedRows(), y.l2NormalizedRows()) : (x, y)
        return a.distanceHingeSums(b, rooted: !squared, of: f, groups)
    }
}

extension LpDistance: FusedHingeSums {
    func fusedHingeSums<F: VectorHinge>(_ x: Tensor, _ y: Tensor, of f: F, _ groups: [MaskedGroup]) -> [TermSum]? {
        guard p == 2 && (power == 1 || power == 2) else { return nil }
        return Euclidean(squared: power == 2, normalized: normalized).fusedHingeSums(x, y, of: f, groups)
    }
}
