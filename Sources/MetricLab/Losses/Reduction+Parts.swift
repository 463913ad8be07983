extension Reduction {
    /// The reduction of terms held in several tensors of any shapes, as if they were one column.
    ///
    /// Losses whose terms come in blocks of different widths (one block per class) reduce them
    /// together without first copying them into one column.
    public func callAsFunction(_ parts: [Tensor]) -> Tensor {
        let parts = parts.filter { $0.count > 0 }
        guard let first = parts.first else { return Tensor(0) }
        let total = parts.dropFirst().reduce(first.sum()) { $0 + $1.sum() }
        return reduce(total: total, terms: parts.reduce(0) { $0 + $1.count }, positive: parts.reduce(0) { $0 + $1.positiveCount })
    }

    /// The reduction of terms that were summed without being listed (all triplets of a batch, the
    /// hinges of a contrastive loss).
    func callAsFunction(_ sum: TermSum) -> Tensor {
        reduce(total: sum.total, terms: sum.terms, positive: sum.positive)
    }
}
