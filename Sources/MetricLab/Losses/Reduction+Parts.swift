extension Reduction {
    /// The reduction of terms held in several tensors of any shapes, as if they were one column.
    ///
    /// Losses whose terms come in blocks of different widths (one block per class) reduce them
    /// together without first copying them into one column.
    public func callAsFunction(_ parts: [Tensor]) -> Tensor {
        let parts = parts.filter { $0.count > 0 }
        guard let first = parts.first else { return Tensor(0) }
        let total = parts.dropFirst().reduce(first.sum()) { $0 + $1.sum() }
        let positive = parts.reduce(0) { n, part in n + part.scalars.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
        return reduce(total: total, terms: parts.reduce(0) { $0 + $1.count }, positive: positive)
    }

    /// The reduction of terms that were summed without being listed (all triplets of a batch, the
    /// hinges of a contrastive loss).
    func callAsFunction(_ sum: TermSum) -> Tensor {
        reduce(total: sum.total, terms: sum.terms, positive: sum.positive)
    }

    /// The reduction from the sum of the terms, their number and how many are above zero.
    private func reduce(total: Tensor, terms: Int, positive: Int) -> Tensor {
        switch self {
        case .sum: return total
        case .mean: return total / Double(terms)
        case .meanOfPositive: return positive == 0 ? total * 0 : total / Double(positive)
        }
    }
}
