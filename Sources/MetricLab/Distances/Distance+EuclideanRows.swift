/// A distance that is the Euclidean distance (plain or squared) between rows it can name: the
/// fused ops over a distance matrix (`Tensor.distanceHingeSums`, `Tensor.distanceLogSoftmaxMassRows`)
/// take those rows and hold fewer matrices for the backward pass than the matrix and the op apart.
protocol EuclideanRows: Distance {
    /// The rows whose Euclidean distances `matrix(x, y)` is, and whether they are rooted; nil
    /// where it is another distance.
    func euclideanRows(_ x: Tensor, _ y: Tensor) -> (a: Tensor, b: Tensor, rooted: Bool)?
}

extension Distance {
    /// The rows of `EuclideanRows`, nil for other distances.
    private func euclideanRows(_ x: Tensor, _ y: Tensor) -> (a: Tensor, b: Tensor, rooted: Bool)? {
        (self as? any EuclideanRows)?.euclideanRows(x, y)
    }

    /// For each group, Σ f over the entries of matrix(x, y) its mask keeps (`Tensor.maskedSums`):
    /// one op on a Euclidean distance, the same bits either way.
    func hingeSums<F: VectorHinge>(_ x: Tensor, _ y: Tensor, of f: F, _ groups: [MaskedGroup]) -> [TermSum] {
        guard let e = euclideanRows(x, y) else { return matrix(x, y).maskedSums(of: f, groups) }
        return e.a.distanceHingeSums(e.b, rooted: e.rooted, of: f, groups)
    }

    /// `matrix(x, y).logSoftmaxMassRows(of: subset, within: candidates, of: map)`: one op on a
    /// Euclidean distance, the same bits either way.
    func logSoftmaxMassRows(_ x: Tensor, _ y: Tensor, of subset: Mask, within candidates: Mask?, of map: Affine) -> Tensor {
        guard let e = euclideanRows(x, y) else { return matrix(x, y).logSoftmaxMassRows(of: subset, within: candidates, of: map) }
        return e.a.distanceLogSoftmaxMassRows(e.b, rooted: e.rooted, of: subset, within: candidates, of: map)
    }
}

extension Euclidean: EuclideanRows {
    func euclideanRows(_ x: Tensor, _ y: Tensor) -> (a: Tensor, b: Tensor, rooted: Bool)? {
        let (a, b) = normalized ? (x.l2NormalizedRows(), y.l2NormalizedRows()) : (x, y)
        return (a, b, !squared)
    }
}

extension LpDistance: EuclideanRows {
    func euclideanRows(_ x: Tensor, _ y: Tensor) -> (a: Tensor, b: Tensor, rooted: Bool)? {
        guard p == 2 && (power == 1 || power == 2) else { return nil }
        return Euclidean(squared: power == 2, normalized: normalized).euclideanRows(x, y)
    }
}
