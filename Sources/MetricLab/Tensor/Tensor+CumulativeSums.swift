extension Tensor {
    /// Running sums along each row, y_ij = Σ_{k ≤ j} x_ik (torch.cumsum(x, dim=1)): a product with
    /// a triangular matrix of ones, for the short rows of a histogram.
    public func cumulativeRowSums() -> Tensor {
        let c = cols
        return matmul(Tensor(rows: c, cols: c, scalars: (0 ..< c * c).map { $0 / c <= $0 % c ? 1 : 0 }))
    }
}
