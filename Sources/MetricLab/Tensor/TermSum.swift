/// The sum of a loss's terms, made without listing them, with how many there were and how many
/// were above zero: all that `Reduction` needs for a mean, a mean over the positive terms or a sum.
struct TermSum {
    /// The sum, 1×1, on the tape.
    let total: Tensor
    /// The number of terms summed.
    let terms: Int
    /// The number of terms above zero.
    let positive: Int
    /// The sum of the terms above zero, when some terms are negative (a learned margin's penalty);
    /// nil when no term is, so that it is `total`.
    var positiveTotal: Tensor? = nil

    /// Both sums as one: the terms of two groups reduced together.
    static func + (a: TermSum, b: TermSum) -> TermSum {
        let positiveTotal = a.positiveTotal == nil && b.positiveTotal == nil ? nil
            : (a.positiveTotal ?? a.total) + (b.positiveTotal ?? b.total)
        return TermSum(total: a.total + b.total, terms: a.terms + b.terms, positive: a.positive + b.positive, positiveTotal: positiveTotal)
    }
}
