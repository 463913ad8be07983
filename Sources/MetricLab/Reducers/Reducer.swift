/// How a loss turns its terms into one number (PML's reducers, as values of one type).
///
/// Each group of terms (`LossTerms`) is reduced on its own and the results added, as PML's
/// MultipleReducers does with one copy of the reducer per sub-loss; a group that is already one
/// number passes through every reducer. No terms give 0.
public indirect enum Reducer: Sendable, Equatable {
    /// The mean of all terms (MeanReducer).
    case mean
    /// The mean of the terms above zero, 0 when none is (AvgNonZeroReducer, ThresholdReducer with
    /// low = 0): the default of contrastive and triplet losses, so that easy tuples do not dilute
    /// the gradient.
    case meanOfPositive
    /// The sum of all terms (SumReducer).
    case sum
    /// The mean of the terms above `low` and below `high`, bounds strict and each optional; 0 when
    /// none passes (ThresholdReducer).
    case threshold(low: Double? = nil, high: Double? = nil)
    /// Pair terms gathered per anchor: each anchor's mean over its pairs (a pair listed twice counts
    /// once, the last listing), 0 for an anchor without pairs, and the inner reducer over every
    /// anchor of the batch; per-example terms go straight to the inner reducer (PerAnchorReducer).
    /// Triplets have no per-anchor reduction.
    case perAnchor(Reducer = .mean)
    /// The mean of the terms, each weighted by the weight of its anchor's class (ClassWeightedReducer).
    ///
    /// PML's multi-similarity, circle, lifted structure (both), angular and tuplet margin losses
    /// give their terms as an n×1 column, which PML's reducer broadcasts against the n weights
    /// into an n×n matrix: it computes mean(terms)·mean(weights) for them, not this weighted mean.
    case classWeighted([Double])
    /// The sum divided by the number the loss gives with its terms, 0 when that is 0 (DivisorReducer).
    case divisor
    /// No reduction: the terms of every group, listed one after another as a column (DoNothingReducer).
    case none
    /// Each part of the loss by its own reducer, `otherwise` for the parts not listed, the results
    /// added (MultipleReducers): `.bySubLoss([.positive: .mean, .negative: .meanOfPositive])`.
    /// Its `otherwise` is PML's default MeanReducer, not the loss's own default reducer.
    case bySubLoss([SubLoss: Reducer], otherwise: Reducer = .mean)

    /// The reduction of `terms` from a batch whose rows have `labels`, compared with
    /// `referenceCount` references (the width of a per-anchor matrix).
    public func reduce(_ terms: LossTerms, labels: [Int], referenceCount: Int) throws -> Tensor {
        if self == .none {
            let columns = terms.groups.map { $0.listed.values }.filter { $0.count > 0 }
            return columns.isEmpty ? Tensor(rows: 0, cols: 1, scalars: []) : .stacking(columns)
        }
        var total: Tensor?
        for group in terms.groups {
            let value = try reduce(group, labels: labels, referenceCount: referenceCount)
            total = total.map { $0 + value } ?? value
        }
        return total ?? Tensor(0)
    }

    /// Whether the reducer, or one inside it, weighs terms by their anchor's class.
    var weighsClasses: Bool {
        switch self {
        case .classWeighted: true
        case .perAnchor(let inner): inner.weighsClasses
        case let .bySubLoss(reducers, otherwise): reducers.values.contains(where: \.weighsClasses) || otherwise.weighsClasses
        default: false
        }
    }

    /// The reduction of one group.
    func reduce(_ group: TermGroup, labels: [Int], referenceCount: Int) throws -> Tensor {
        if case let .bySubLoss(reducers, otherwise) = self {
            let reducer = reducers[group.subLoss] ?? otherwise
            if reducer == .none { throw LossError("reducer of \(group.subLoss.rawValue)", "no reduction leaves a column, not the number a part adds to the others") }
            return try reducer.reduce(group, labels: labels, referenceCount: referenceCount)
        }
        if case .reduced(let value) = group.storage { return value }
        if case .summed(let sum, _) = group.storage, let value = try reduce(sum, divisor: group.divisor) { return value }
        let (values, owners) = group.listed
        guard values.count > 0 else { return Tensor(0) }
        switch self {
        case .mean: return values.sum() / Double(values.count)
        case .sum: return values.sum()
        case .meanOfPositive: return try Reducer.threshold(low: 0).reduce(group, labels: labels, referenceCount: referenceCount)
        case let .threshold(low, high):
            let kept = Mask(rows: values.count, cols: 1) { k, _ in
                let x = values.scalars[k]
                return (low.map { x > $0 } ?? true) && (high.map { x < $0 } ?? true)
            }
            let count = kept.count
            guard count > 0 else { return values.sum() * 0 }
            return (count == values.count ? values : values.select(kept)).sum() / Double(count)
        case .divisor:
            let divisor = try requireDivisor(group)
            return divisor == 0 ? values.sum() * 0 : values.sum() / divisor
        case let .classWeighted(weights):
            guard let anchors = owners.anchors else { throw LossError("class-weighted reducer", "the terms have no anchors to take classes from") }
            let classes = anchors.map { labels[$0] }
            if let missing = classes.first(where: { $0 < 0 || $0 >= weights.count }) {
                throw LossError("class-weighted reducer", "\(weights.count) class weights, but a term belongs to class \(missing); give one weight per class")
            }
            let w = Tensor(rows: classes.count, cols: 1, scalars: classes.map { weights[$0] })
            return (values * w).sum() / Double(values.count)
        case let .perAnchor(inner):
            return try perAnchor(values, owners, inner: inner, rows: labels.count, cols: referenceCount, labels: labels, part: group.subLoss)
        case .none, .bySubLoss: preconditionFailure("handled above")
        }
    }

    /// The reduction from a sum made without listing its terms, when this reducer needs no more.
    private func reduce(_ sum: TermSum, divisor: Double?) throws -> Tensor? {
        switch self {
        case .mean: return sum.terms == 0 ? Tensor(0) : sum.total / Double(sum.terms)
        case .sum: return sum.total
        case .meanOfPositive: return sum.positive == 0 ? sum.total * 0 : (sum.positiveTotal ?? sum.total) / Double(sum.positive)
        case .divisor:
            guard let divisor else { throw Self.missingDivisor }
            return divisor == 0 ? sum.total * 0 : sum.total / divisor
        default: return nil
        }
    }

    private static let missingDivisor = LossError("divisor reducer", "the loss gives no divisor with its terms; use a loss that does (MarginLoss) or another reducer")

    private func requireDivisor(_ group: TermGroup) throws -> Double {
        guard let divisor = group.divisor else { throw Self.missingDivisor }
        return divisor
    }

    /// PML's PerAnchorReducer: pair terms written into a rows × cols matrix, averaged per row.
    private func perAnchor(_ values: Tensor, _ owners: TermOwners, inner: Reducer, rows: Int, cols: Int,
                           labels: [Int], part: SubLoss) throws -> Tensor {
        switch owners {
        case .rows:
            return try inner.reduce(TermGroup(values, owners: owners).named(part), labels: labels, referenceCount: cols)
        case .triplets, .unspecified:
            throw LossError("per-anchor reducer", "only per-example and pair terms can be gathered per anchor (PML raises for triplets too)")
        case .pairs(let pairs):
            if let bad = zip(pairs.anchors, pairs.others).first(where: { $0.0 >= rows || $0.1 >= cols }) {
                throw LossError("per-anchor reducer", "pair (\(bad.0), \(bad.1)) lies outside the \(rows)×\(cols) batch")
            }
            // The last listing of a pair is the one the matrix keeps.
            var last: [Int: Int] = [:]
            for k in pairs.anchors.indices { last[pairs.anchors[k] * cols + pairs.others[k]] = k }
            let kept = last.values.sorted()
            let anchors = kept.map { pairs.anchors[$0] }
            let counts = anchors.reduce(into: [Double](repeating: 0, count: rows)) { $0[$1] += 1 }
            let sums = values.gatherRows(kept).segmentSums(anchors, count: rows)
            let means = sums / Tensor(rows: rows, cols: 1, scalars: counts.map { Swift.max($0, 1) })
            return try inner.reduce(TermGroup(means, rows: Array(0 ..< rows)).named(part), labels: labels, referenceCount: cols)
        }
    }
}
