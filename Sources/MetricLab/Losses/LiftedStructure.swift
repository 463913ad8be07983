/// Lifted structured loss (Song, Xiang, Jegelka & Savarese 2016): every positive pair is compared
/// with every negative pair that touches it, so a batch's whole distance matrix is used.
///
/// With violations v⁺ = d − m⁺ (how far a positive pair is) and v⁻ = m⁻ − d (how close a negative
/// pair is; for a similarity v⁺ = m⁺ − s, v⁻ = s − m⁻), the three forms are:
/// - `.hard` (eq. 3): J_ij = max(max_{k∈N(i)} v⁻_ik, max_{l∈N(j)} v⁻_jl) + v⁺_ij,
///   loss = 1/(2|P|) Σ_{(i,j)∈P} [J_ij]₊²;
/// - `.smooth` (eq. 4, the paper's training objective): the inner maxima replaced by their smooth
///   upper bound J_ij = log(Σ_{k∈N(i)} exp v⁻_ik + Σ_{l∈N(j)} exp v⁻_jl) + v⁺_ij, same 1/(2|P|) and
///   squared hinge;
/// - `.generalized` (Hermans, Beyer & Leibe 2017, p. 4; the seeds' form): per anchor
///   [log Σ_{p∈P(i)} exp v⁺_ip + log Σ_{n∈N(i)} exp v⁻_in]₊, averaged over anchors. On cosine
///   similarity with m⁺ = m, m⁻ = 0 this is the seeds' Σ log Σ exp(m − s) + log Σ exp(s).
///
/// |P| counts unordered pairs; the code averages ½[J]₊² over ordered pairs, which is the same.
/// `init()` gives PML 2.9's LiftedStructureLoss (smooth form, m⁻ = 1, m⁺ = 0, plain Euclidean on
/// normalised embeddings, mean); `.generalized` PML's GeneralizedLiftedStructureLoss;
/// `LiftedStructure.paper` the paper's eq. 4 with α = 1 on unnormalised embeddings.
public struct LiftedStructure: ReferenceLoss {
    /// Which of the three objectives.
    public enum Form: Sendable {
        /// Eq. 3: the hardest negative of either end of each positive pair.
        case hard
        /// Eq. 4: the log-sum-exp upper bound of eq. 3.
        case smooth
        /// The per-anchor form of Hermans et al. and PML's GeneralizedLiftedStructureLoss.
        case generalized
    }

    /// The objective.
    public var form: Form
    /// The negative margin m⁻ (the paper's α).
    public var negativeMargin: Double
    /// The positive margin m⁺ (0 in the paper).
    public var positiveMargin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How the per-pair (or per-anchor) terms become one number.
    public var reducer: Reducer

    /// A lifted structured loss; the defaults are PML's LiftedStructureLoss().
    public init(form: Form = .smooth, negativeMargin: Double = 1, positiveMargin: Double = 0,
                distance: any Distance = Euclidean(), reducer: Reducer = .mean) {
        self.form = form
        self.negativeMargin = negativeMargin
        self.positiveMargin = positiveMargin
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's objective (eq. 4) with margin α = 1 on the plain Euclidean distance.
    public static let paper = LiftedStructure(form: .smooth, negativeMargin: 1, distance: Euclidean(normalized: false))

    /// PML's GeneralizedLiftedStructureLoss() (m⁻ = 1, m⁺ = 0, normalised embeddings, mean).
    public static let generalized = LiftedStructure(form: .generalized)

    public var name: String {
        switch form {
        case .hard: "lifted structure (hard)"
        case .smooth: "lifted structure"
        case .generalized: "generalized lifted structure"
        }
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let d = distance.matrix(batch.embeddings, batch.references)
        let pull = distance.beyond(positiveMargin), push = distance.within(negativeMargin)
        let positive = batch.positiveMask, negative = batch.negativeMask
        if form == .generalized {
            let terms = d.logSumExpRows(mask: positive, of: pull) + d.logSumExpRows(mask: negative, of: push)
            return LossTerms(perExample: terms.relu())
        }
        guard batch.tuples == nil, batch.referencesAreEmbeddings else { return listedPairs(d, batch.pairs) }
        guard positive.count > 0, negative.count > 0 else { return .none }
        // Every example has a negative once any pair is negative, so each row's maximum is finite.
        let pushes = push(d)
        let hardest = form == .hard
            ? pushes.filled(where: !negative, with: -.infinity).rowMax()
            : pushes.logSumExpRows(mask: negative)
        let ends = form == .hard
            ? elementwiseMax(hardest, hardest.transposed())
            : hardest + (hardest.transposed() - hardest).softplus()
        let j = (ends + pull(d)).select(positive)
        return LossTerms([TermGroup(j.relu().squared() * 0.5, pairs: PairIndices(positive))])
    }

    /// The loss over listed pairs, as PML computes it: each positive pair (a, p) against the
    /// negative pairs whose anchor is a or p.
    private func listedPairs(_ d: Tensor, _ pairs: (positive: PairIndices, negative: PairIndices)) -> LossTerms {
        let (p, n) = pairs
        guard p.count > 0, n.count > 0 else { return .none }
        let pushes = within(d.entries(rows: n.anchors, cols: n.others)).transposed()
        let touching = Mask(rows: p.count, cols: n.count) { k, l in n.anchors[l] == p.anchors[k] || n.anchors[l] == p.others[k] }
        let spread = Tensor.zeros(p.count, 1) + pushes
        let hardest = form == .hard
            ? spread.filled(where: !touching, with: -.infinity).rowMax()
            : spread.logSumExpRows(mask: touching)
        let j = hardest + distance.beyond(positiveMargin)(d.entries(rows: p.anchors, cols: p.others))
        return LossTerms([TermGroup(j.relu().squared() * 0.5, pairs: p)])
    }

    private func within(_ x: Tensor) -> Tensor { distance.within(negativeMargin)(x) }
}

extension LiftedStructure: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Song, Xiang, Jegelka & Savarese", "Deep Metric Learning via Lifted Structured Feature Embedding", "CVPR", 2016, at: "Eq. 4"),
        equation: "J_ij = log(Σ_{k∈N(i)} e^{m⁻ − d_ik} + Σ_{l∈N(j)} e^{m⁻ − d_jl}) + d_ij − m⁺,   L = 1/(2|P|) Σ_{(i,j)∈P} [J_ij]₊²",
        pytorchMetricLearning: ["LiftedStructureLoss", "GeneralizedLiftedStructureLoss"])
}
