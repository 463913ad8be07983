/// What a loss computes before reduction: one or more groups of terms (PML's loss dictionary),
/// each reduced on its own and the results added.
///
/// A contrastive loss has two groups (positive and negative pairs), VICReg four, most losses one.
public struct LossTerms {
    /// The groups, in the order their reductions are added.
    public var groups: [TermGroup]

    /// Terms in the given groups.
    public init(_ groups: [TermGroup]) {
        self.groups = groups
    }

    /// One term per example: a column whose row i belongs to row i of the batch.
    public init(perExample values: Tensor) {
        self.init([TermGroup(values, rows: Array(0 ..< values.count))])
    }

    /// A value that is already one number (a reducer passes it through).
    public init(reduced value: Tensor) {
        self.init([TermGroup(reduced: value)])
    }

    /// No terms: every reducer gives 0.
    public static var none: LossTerms { LossTerms([]) }

    /// Both sets of groups.
    public static func + (a: LossTerms, b: LossTerms) -> LossTerms { LossTerms(a.groups + b.groups) }

    /// The same terms, every group marked as `part`.
    public func named(_ part: SubLoss) -> LossTerms { LossTerms(groups.map { $0.named(part) }) }
}

/// What each term of a group belongs to: which reducers that weigh terms by anchor or class read.
public enum TermOwners {
    /// Term k belongs to row rows[k] of the batch (PML's "element" terms).
    case rows([Int])
    /// Term k belongs to pair k (PML's "pos_pair" and "neg_pair").
    case pairs(PairIndices)
    /// Term k belongs to triplet k (PML's "triplet").
    case triplets(TripletIndices)
    /// The terms have no anchor (a block of a quadruplet sum): reducers that need one refuse them.
    case unspecified

    /// The anchor row of each term, if the terms have anchors.
    var anchors: [Int]? {
        switch self {
        case .rows(let rows): rows
        case .pairs(let p): p.anchors
        case .triplets(let t): t.anchors
        case .unspecified: nil
        }
    }
}

/// One group of a loss's terms: a column of values with their owners, a sum made without listing
/// them, or a value already reduced.
public struct TermGroup {
    enum Storage {
        case listed(Tensor, TermOwners)
        /// The sum, count and positive count, with a way to list the terms for the reducers that
        /// need them (a threshold, per anchor, class weights).
        case summed(TermSum, listing: () -> (Tensor, TermOwners))
        case reduced(Tensor)
    }

    let storage: Storage
    /// Which part of the loss the terms are (`.loss` unless the loss names it).
    public var subLoss: SubLoss = .loss
    /// The number the divisor reducer divides the sum by (MarginLoss: the pairs with a positive
    /// loss), when the loss gives one.
    public var divisor: Double?

    /// Terms, a column, each with its owner.
    public init(_ values: Tensor, owners: TermOwners, divisor: Double? = nil) {
        precondition(values.cols == 1 || values.count == 0, "TermGroup: terms must be a column, got \(values.rows)×\(values.cols)")
        storage = .listed(values, owners)
        self.divisor = divisor
    }

    /// Terms belonging to rows of the batch.
    public init(_ values: Tensor, rows: [Int], divisor: Double? = nil) {
        self.init(values, owners: .rows(rows), divisor: divisor)
    }

    /// Terms belonging to pairs.
    public init(_ values: Tensor, pairs: PairIndices, divisor: Double? = nil) {
        self.init(values, owners: .pairs(pairs), divisor: divisor)
    }

    /// Terms belonging to triplets.
    public init(_ values: Tensor, triplets: TripletIndices, divisor: Double? = nil) {
        self.init(values, owners: .triplets(triplets), divisor: divisor)
    }

    /// A value already reduced to one number.
    public init(reduced value: Tensor) {
        precondition(value.count == 1, "TermGroup(reduced:): needs a 1×1 value, got \(value.rows)×\(value.cols)")
        storage = .reduced(value)
    }

    /// Terms summed without being listed; `listing` lists them when a reducer needs each one.
    init(sum: TermSum, divisor: Double? = nil, listing: @escaping () -> (Tensor, TermOwners)) {
        storage = .summed(sum, listing: listing)
        self.divisor = divisor
    }

    /// Terms held in blocks of any shapes, as if they were one column (a loss whose terms come
    /// one block per class): summed block by block, listed only when a reducer needs each term.
    /// With a `multiplicity` each entry stands for that many equal terms (an unordered pair of
    /// pairs for the four ordered tuples a paper sums over): the sum grows by it, a mean does not.
    public init(blocks: [Tensor], multiplicity: Int = 1) {
        precondition(multiplicity >= 1, "TermGroup(blocks:multiplicity:): multiplicity must be at least 1, got \(multiplicity)")
        let parts = blocks.filter { $0.count > 0 }
        guard let first = parts.first else {
            self.init(Tensor(rows: 0, cols: 1, scalars: []), owners: .unspecified)
            return
        }
        let total = parts.dropFirst().reduce(first.sum()) { $0 + $1.sum() }
        let positive = parts.reduce(0) { $0 + $1.scalars.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
        let sum = TermSum(total: multiplicity == 1 ? total : total * Double(multiplicity),
                          terms: multiplicity * parts.reduce(0) { $0 + $1.count }, positive: multiplicity * positive)
        self.init(sum: sum) {
            let column = Tensor.stacking(parts.map { $0.column() })
            return (multiplicity == 1 ? column : .stacking(Array(repeating: column, count: multiplicity)), .unspecified)
        }
    }

    /// The same terms, marked as `part` of the loss.
    public func named(_ part: SubLoss) -> TermGroup {
        var group = self
        group.subLoss = part
        return group
    }

    /// The terms as a column with their owners (a reduced value is a column of one).
    var listed: (values: Tensor, owners: TermOwners) {
        switch storage {
        case let .listed(values, owners): (values, owners)
        case let .summed(_, listing): listing()
        case let .reduced(value): (value, .unspecified)
        }
    }
}
