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
public struct LiftedStructure: Loss {
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
    public var reduction: Reduction

    /// A lifted structured loss; the defaults are PML's LiftedStructureLoss().
    public init(form: Form = .smooth, negativeMargin: Double = 1, positiveMargin: Double = 0,
                distance: any Distance = Euclidean(), reduction: Reduction = .mean) {
        self.form = form
        self.negativeMargin = negativeMargin
        self.positiveMargin = positiveMargin
        self.distance = distance
        self.reduction = reduction
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

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let d = distance.matrix(embeddings)
        let positive = Mask.positivePairs(labels), negative = Mask.negativePairs(labels)
        let sign = distance.isSimilarity ? -1.0 : 1
        if form == .generalized {
            // pull = d − m⁺ and push = m⁻ − d (signs flipped for a similarity), inside the log-sum-exps.
            let terms = d.logSumExpRows(mask: positive, scale: sign, offset: -sign * positiveMargin)
                + d.logSumExpRows(mask: negative, scale: -sign, offset: sign * negativeMargin)
            return reduction(terms.relu())
        }
        let pull = distance.isSimilarity ? positiveMargin - d : d - positiveMargin
        let push = distance.isSimilarity ? d - negativeMargin : negativeMargin - d
        guard positive.count > 0, negative.count > 0 else { return embeddings.sum() * 0 }
        // Every example has a negative once any pair is negative, so each row's maximum is finite.
        let hardest = form == .hard
            ? push.filled(where: !negative, with: -.infinity).rowMax()
            : push.logSumExpRows(mask: negative)
        let ends = form == .hard
            ? elementwiseMax(hardest, hardest.transposed())
            : hardest + (hardest.transposed() - hardest).softplus()
        let j = (ends + pull).select(positive)
        return reduction(j.relu().squared() * 0.5)
    }
}
