/// Contrastive loss (Hadsell, Chopra & LeCun 2006): positive pairs are pulled within a positive
/// margin, negative pairs pushed beyond a negative margin,
///
///     ℓ⁺(i, j) = h(d(i, j) − m⁺)   for same-label pairs,   ℓ⁻(i, j) = h(m⁻ − d(i, j))   for the others,
///
/// with h the hinge [x]₊ (PML) or ½[x]₊² (the paper's eq. 4). For a similarity s the signs flip:
/// ℓ⁺ = h(m⁺ − s), ℓ⁻ = h(s − m⁻), the similarity form of the seeds. Pairs are ordered, i ≠ j.
///
/// `init()` gives PML 2.9's ContrastiveLoss: m⁺ = 0, m⁻ = 1, plain Euclidean distance on normalised
/// embeddings, hinge, positive and negative terms each averaged over those above zero
/// (AvgNonZeroReducer) and added. `Contrastive.paper` gives eq. 4 of the paper: ½d² for positives,
/// ½[m − d]₊² for negatives with m = 1, averaged over all pairs together. `Contrastive.similarity`
/// is the seeds' cosine form with m⁺ = 1, m⁻ = 0.5.
public struct Contrastive: Loss {
    /// The penalty applied to a margin violation.
    public enum Hinge: Sendable {
        /// [x]₊ (PML).
        case plain
        /// ½[x]₊² (Hadsell 2006, eq. 4).
        case halfSquared
    }

    /// How positive and negative terms are reduced.
    public enum Pooling: Sendable {
        /// Positive and negative terms reduced separately, then added (PML: the negatives, far more
        /// numerous, do not drown the positives).
        case separate
        /// All pair terms reduced together (the paper's average over pairs).
        case together
    }

    /// The positive margin m⁺: positive pairs farther than this (less similar) are penalised.
    public var positiveMargin: Double
    /// The negative margin m⁻: negative pairs closer than this (more similar) are penalised.
    public var negativeMargin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// The penalty of a violation.
    public var hinge: Hinge
    /// How the pair terms become one number.
    public var reduction: Reduction
    /// Whether positive and negative terms are reduced apart or together.
    public var pooling: Pooling

    /// A contrastive loss; the defaults are PML's ContrastiveLoss().
    public init(positiveMargin: Double = 0, negativeMargin: Double = 1, distance: any Distance = Euclidean(),
                hinge: Hinge = .plain, reduction: Reduction = .meanOfPositive, pooling: Pooling = .separate) {
        self.positiveMargin = positiveMargin
        self.negativeMargin = negativeMargin
        self.distance = distance
        self.hinge = hinge
        self.reduction = reduction
        self.pooling = pooling
    }

    /// Hadsell 2006, eq. 4: ½d² on positive pairs, ½[m − d]₊² on negative pairs on the plain
    /// Euclidean distance, averaged over all pairs; the paper leaves the margin m free, m = 1 here.
    public static let paper = Contrastive(positiveMargin: 0, negativeMargin: 1,
                                          distance: Euclidean(normalized: false), hinge: .halfSquared,
                                          reduction: .mean, pooling: .together)

    /// The seeds' similarity form: [1 − s]₊ on positive pairs and [s − 0.5]₊ on negative pairs, s the
    /// cosine similarity, averaged over the pairs with a positive loss.
    public static let similarity = Contrastive(positiveMargin: 1, negativeMargin: 0.5, distance: CosineSimilarity())

    public var name: String {
        distance.isSimilarity ? "contrastive (similarity)" : hinge == .halfSquared ? "contrastive (squared)" : "contrastive"
    }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let d = distance.matrix(embeddings)
        // pull = d − m⁺ on positive pairs, push = m⁻ − d on negative pairs (signs flipped for a similarity).
        let sign = distance.isSimilarity ? -1.0 : 1
        let groups = [MaskedGroup(mask: .positivePairs(labels), scale: sign, offset: -sign * positiveMargin),
                      MaskedGroup(mask: .negativePairs(labels), scale: -sign, offset: sign * negativeMargin)]
        let sums = switch hinge {
        case .plain: d.maskedSums(of: ReLU(), groups)
        case .halfSquared: d.maskedSums(of: HalfSquaredHinge(), groups)
        }
        let (pull, push) = (sums[0], sums[1])
        switch pooling {
        case .separate: return reduce(pull) + reduce(push)
        case .together: return reduce(pull + push)
        }
    }

    /// The reduction of one group of terms; no terms give 0 (a batch of one class has no negatives).
    private func reduce(_ sum: TermSum) -> Tensor { sum.terms == 0 ? Tensor(0) : reduction(sum) }
}

/// ½[x]₊², slope [x]₊: the paper's penalty (Hadsell 2006, eq. 4).
struct HalfSquaredHinge: ElementwiseFunction {
    func value(_ x: Double) -> Double { let r = Swift.max(0, x); return r * r * 0.5 }
    func slope(_ x: Double, _ y: Double) -> Double { Swift.max(0, x) }
}
