/// How a loss turns its per-pair, per-triplet or per-example terms into one number.
public enum Reduction: Sendable {
    /// The mean of all terms (pytorch-metric-learning's MeanReducer).
    case mean
    /// The mean of the terms above zero, 0 when none is (PML's AvgNonZeroReducer: the default of
    /// contrastive and triplet losses, so that easy pairs do not dilute the gradient).
    case meanOfPositive
    /// The sum of all terms.
    case sum

    /// The 1×1 reduction of a column (or any tensor) of terms; an empty set of terms gives 0.
    public func callAsFunction(_ terms: Tensor) -> Tensor {
        guard terms.count > 0 else { return Tensor(0) }
        switch self {
        case .mean: return terms.mean()
        case .sum: return terms.sum()
        case .meanOfPositive:
            let positive = terms.scalars.withUnsafeBufferPointer { t in t.reduce(0) { $0 &+ ($1 > 0 ? 1 : 0) } }
            return positive == 0 ? terms.sum() * 0 : terms.sum() / Double(positive)
        }
    }
}
