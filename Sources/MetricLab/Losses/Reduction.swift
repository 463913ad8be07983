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
        return reduce(total: terms.sum(), terms: terms.count, positive: terms.positiveCount)
    }

    /// The reduction from the sum of the terms, their number and how many are above zero (asked
    /// for only by `.meanOfPositive`).
    func reduce(total: Tensor, terms: Int, positive: @autoclosure () -> Int) -> Tensor {
        switch self {
        case .sum: return total
        case .mean: return total / Double(terms)
        case .meanOfPositive:
            let positive = positive()
            return positive == 0 ? total * 0 : total / Double(positive)
        }
    }
}

extension Tensor {
    /// How many entries are above zero.
    var positiveCount: Int { scalars.withUnsafeBufferPointer { t in t.reduce(0) { $0 &+ ($1 > 0 ? 1 : 0) } } }
}
