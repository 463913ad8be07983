/// Margin loss (Wu, Manmatha, Smola & Krähenbühl 2017, "Sampling Matters in Deep Embedding
/// Learning", eq. 4): a boundary β between positive and negative pairs, with a margin α on each
/// side,
///
///     ℓ(a, p, n) = [d(a, p) − β + α]₊ + [β − d(a, n) + α]₊      (for a similarity s: [β − s(a, p) + α]₊ + [s(a, n) − β + α]₊)
///
/// over every triplet of the batch or those a miner chooses: PML 2.9 takes the paper's pair terms
/// triplet by triplet. β is a constant, or learned with the embeddings (eq. 5): one value, or one
/// per class taken at the anchor's class, with a penalty ν·β that keeps it from growing. The
/// reduction is PML's DivisorReducer: the sum over the triplets divided by the number of pair terms
/// above zero. The penalty is as PML builds it: ν·β once for one β; for β per class, ν·β of each
/// triplet's anchor, summed and divided by the same number.
///
/// `init()` gives PML 2.9's MarginLoss: α = 0.2, β = 1.2 fixed, ν = 0, plain Euclidean distance of
/// normalised embeddings, all triplets. `Margin.paper` is the paper's §5 setting: α = 0.2 and a β
/// per class learned from 1.2 (β⁽⁰⁾ and β⁽ᶜˡᵃˢˢ⁾ as one value per class), ν = 0, which the paper
/// leaves to tune. The paper draws its pairs by distance-weighted sampling, a miner of its own that
/// `Margin.paper.mined(by:)` adds.
public struct Margin: ReferenceLoss {
    /// How the boundary β is set.
    public enum Boundary: Sendable {
        /// β is the constant `beta`.
        case fixed
        /// β is one trained value, starting at `beta` (the parameter `.beta`, 1×1).
        case learned
        /// β is trained per class, each starting at `beta` (the parameter `.beta`, a column of one per class).
        case learnedPerClass
    }

    /// The margin α on each side of the boundary.
    public var margin: Double
    /// The boundary β, or its starting value when it is learned.
    public var beta: Double
    /// The weight ν of the penalty on a learned β.
    public var nu: Double
    /// Whether β is fixed, learned, or learned per class.
    public var boundary: Boundary
    /// How embeddings are compared.
    public var distance: any Distance
    /// How the terms become one number.
    public var reducer: Reducer

    /// A margin loss; the defaults are PML's MarginLoss().
    public init(margin: Double = 0.2, beta: Double = 1.2, nu: Double = 0, boundary: Boundary = .fixed,
                distance: any Distance = Euclidean(), reducer: Reducer = .divisor) {
        self.margin = margin
        self.beta = beta
        self.nu = nu
        self.boundary = boundary
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting (§5): α = 0.2, β per class learned from 1.2, ν = 0, the Euclidean distance
    /// of unit-length embeddings.
    public static let paper = Margin(margin: 0.2, beta: 1.2, nu: 0, boundary: .learnedPerClass)

    public var name: String { "margin" }

    /// A learned β (`.beta`): 1×1, or one row per class; none for a fixed β.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        switch boundary {
        case .fixed: .none
        case .learned: LossParameters(.beta, Tensor(beta))
        case .learnedPerClass: LossParameters(.beta, Tensor(repeating: beta, rows: classes, cols: 1))
        }
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (beta, perClass) = try boundaries(batch, parameters)
        let d = distance.matrix(batch.embeddings, batch.references)
        // pull: how far a pair lies beyond β − α (a positive's term); push: how far within β + α (a negative's).
        let pull = (distance.margin(d, beta) + margin).relu()
        let push = (distance.margin(beta, d) + margin).relu()
        guard batch.tuples == nil else {
            let t = batch.triplets
            guard t.count > 0 else { return .none }
            let (terms, divisor) = Self.terms(of: t, pull, push)
            return LossTerms([TermGroup(terms, triplets: t, divisor: divisor).named(.margin)])
                + penalty(beta, perClass: perClass) { TermGroup(beta.gatherRows(t.anchors) * nu, rows: t.anchors, divisor: divisor) }
        }
        return allTriplets(batch, pull, push, beta, perClass: perClass)
    }

    /// Every triplet summed anchor by anchor without listing them: a positive pair of anchor i is
    /// in as many triplets as i has negatives, a negative pair in as many as i has positives.
    private func allTriplets(_ batch: LossBatch, _ pull: Tensor, _ push: Tensor, _ beta: Tensor, perClass: Bool) -> LossTerms {
        let (positives, negatives) = (batch.positiveMask, batch.negativeMask)
        let (p, n) = (positives.rowCounts, negatives.rowCounts)
        let triplets = zip(p, n).map { $0 * $1 }
        let count = triplets.reduce(0, +)
        guard count > 0 else { return .none }
        let (pulling, pushing) = (Self.rowCounts(of: pull, aboveZeroIn: positives), Self.rowCounts(of: push, aboveZeroIn: negatives))
        let divisor = Double(p.indices.reduce(0) { $0 + n[$1] * pulling[$1] + p[$1] * pushing[$1] })
        // A triplet's term is zero only when both of its pair terms are.
        let positive = p.indices.reduce(0) { $0 + triplets[$1] - (p[$1] - pulling[$1]) * (n[$1] - pushing[$1]) }
        let total = (pull.rowSums(where: positives) * Self.column(n) + push.rowSums(where: negatives) * Self.column(p)).sum()
        let margins = TermGroup(sum: TermSum(total: total, terms: count, positive: positive), divisor: divisor) {
            let t = batch.triplets
            return (Self.terms(of: t, pull, push).terms, .triplets(t))
        }
        return LossTerms([margins.named(.margin)]) + penalty(beta, perClass: perClass) {
            // A β per class may be negative (on a similarity): its terms then count apart.
            let penalized = beta.scalars.indices.map { beta.scalars[$0] * nu > 0 ? triplets[$0] : 0 }
            var sum = TermSum(total: (beta * Self.column(triplets)).sum() * nu, terms: count, positive: penalized.reduce(0, +))
            if penalized != triplets { sum.positiveTotal = (beta * Self.column(penalized)).sum() * nu }
            return TermGroup(sum: sum, divisor: divisor) {
                let t = batch.triplets
                return (beta.gatherRows(t.anchors) * nu, .rows(t.anchors))
            }
        }
    }

    /// Each listed triplet's term and the number of its pair terms above zero, PML's divisor.
    private static func terms(of t: TripletIndices, _ pull: Tensor, _ push: Tensor) -> (terms: Tensor, divisor: Double) {
        let positive = pull.entries(rows: t.anchors, cols: t.positives)
        let negative = push.entries(rows: t.anchors, cols: t.negatives)
        let above = (positive.scalars + negative.scalars).reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        return (positive + negative, Double(above))
    }

    /// PML's beta_reg_loss: nothing for a fixed β, ν·β as one number for one β, and for β per
    /// class `terms`: ν·β at each term's anchor, divided as the margin terms are.
    private func penalty(_ beta: Tensor, perClass: Bool, _ terms: () -> TermGroup) -> LossTerms {
        guard boundary != .fixed else { return .none }
        return (perClass ? LossTerms([terms()]) : LossTerms(reduced: beta * nu)).named(.betaRegularization)
    }

    /// β as the terms use it: 1×1, or a column of each example's class β (`perClass`). A learned β
    /// of one value is shared even when made per class, as PML treats a β of length 1.
    private func boundaries(_ batch: LossBatch, _ parameters: LossParameters) throws -> (Tensor, perClass: Bool) {
        guard boundary != .fixed else { return (Tensor(beta), false) }
        let learned = try parameters.require(.beta, by: name)
        guard learned.cols == 1, learned.rows > 0 else {
            throw LossError(name, "β is \(learned.rows)×\(learned.cols); it must be a column: one value, or one per class")
        }
        if learned.rows == 1 { return (learned, false) }
        if let label = batch.labels.first(where: { $0 < 0 || $0 >= learned.rows }) {
            throw LossError(name, "class \(label) has no β: there are \(learned.rows), one per class 0..<\(learned.rows); make them for every class")
        }
        return (learned.gatherRows(batch.labels), true)
    }

    /// How many entries of each row are above zero among those the mask keeps.
    private static func rowCounts(of x: Tensor, aboveZeroIn mask: Mask) -> [Int] {
        let cols = x.cols
        return x.scalars.withUnsafeBufferPointer { v in mask.bits.withUnsafeBytes { b in
            [Int](unsafeUninitializedCapacity: x.rows) { counts, initialized in
                // Rows over the cores, each count without a branch (a mask's byte is 0 or 1).
                forEachChunk(of: x.rows, work: x.count) { rows in
                    for i in rows {
                        var count = 0
                        for t in i * cols ..< (i + 1) * cols { count &+= Int(b[t]) & (v[t] > 0 ? 1 : 0) }
                        counts[i] = count
                    }
                }
                initialized = x.rows
            }
        } }
    }

    /// Counts as a constant column.
    private static func column(_ counts: [Int]) -> Tensor {
        Tensor(rows: counts.count, cols: 1, scalars: counts.map(Double.init))
    }
}

extension Margin: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Wu, Manmatha, Smola & Krähenbühl", "Sampling Matters in Deep Embedding Learning", "ICCV", 2017, at: "Eqs. 4–5"),
        equation: "ℓ(a, p, n) = [d(a, p) − β + α]₊ + [β − d(a, n) + α]₊",
        pytorchMetricLearning: ["MarginLoss"])
}
