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
public struct Contrastive: ReferenceLoss {
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
    public var reducer: Reducer
    /// Whether positive and negative terms are reduced apart or together.
    public var pooling: Pooling

    /// A contrastive loss; the defaults are PML's ContrastiveLoss().
    public init(positiveMargin: Double = 0, negativeMargin: Double = 1, distance: any Distance = Euclidean(),
                hinge: Hinge = .plain, reducer: Reducer = .meanOfPositive, pooling: Pooling = .separate) {
        self.positiveMargin = positiveMargin
        self.negativeMargin = negativeMargin
        self.distance = distance
        self.hinge = hinge
        self.reducer = reducer
        self.pooling = pooling
    }

    /// Hadsell 2006, eq. 4: ½d² on positive pairs, ½[m − d]₊² on negative pairs on the plain
    /// Euclidean distance, averaged over all pairs; the paper leaves the margin m free, m = 1 here.
    public static let paper = Contrastive(positiveMargin: 0, negativeMargin: 1,
                                          distance: Euclidean(normalized: false), hinge: .halfSquared,
                                          reducer: .mean, pooling: .together)

    /// The seeds' similarity form: [1 − s]₊ on positive pairs and [s − 0.5]₊ on negative pairs, s the
    /// cosine similarity, averaged over the pairs with a positive loss.
    public static let similarity = Contrastive(positiveMargin: 1, negativeMargin: 0.5, distance: CosineSimilarity())

    public var name: String {
        distance.ordering == .largerIsCloser ? "contrastive (similarity)" : hinge == .halfSquared ? "contrastive (squared)" : "contrastive"
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (x, y) = (batch.embeddings, batch.references)
        // The matrix itself only where terms are listed: the sums below need none of their own.
        var matrix: Tensor?
        let d = { matrix = matrix ?? distance.matrix(x, y); return matrix! }
        // pull = how much farther than m⁺ a positive pair is, push = how much closer than m⁻ a negative pair.
        let pull = distance.beyond(positiveMargin), push = distance.within(negativeMargin)
        let positive: TermGroup, negative: TermGroup
        if batch.tuples == nil {
            let masks = (batch.positiveMask, batch.negativeMask)
            let groups = [MaskedGroup(mask: masks.0, map: pull), MaskedGroup(mask: masks.1, map: push)]
            let sums = switch hinge {
            case .plain: distance.hingeSums(x, y, of: ReLU(), groups)
            case .halfSquared: distance.hingeSums(x, y, of: HalfSquaredHinge(), groups)
            }
            let listing = { (mask: Mask, map: Affine) in (penalty(map(d().select(mask))), TermOwners.pairs(PairIndices(mask))) }
            if pooling == .together {
                return LossTerms([TermGroup(sum: sums[0] + sums[1]) {
                    let (p, n) = (listing(masks.0, pull), listing(masks.1, push))
                    return (.stacking([p.0, n.0]), .pairs(Self.joined(PairIndices(masks.0), PairIndices(masks.1))))
                }])
            }
            positive = TermGroup(sum: sums[0]) { listing(masks.0, pull) }.named(.positive)
            negative = TermGroup(sum: sums[1]) { listing(masks.1, push) }.named(.negative)
        } else {
            let (p, n) = batch.pairs
            let terms = { (pairs: PairIndices, map: Affine) in self.penalty(map(d().entries(rows: pairs.anchors, cols: pairs.others))) }
            if pooling == .together {
                return LossTerms([TermGroup(.stacking([terms(p, pull), terms(n, push)]), pairs: Self.joined(p, n))])
            }
            positive = TermGroup(terms(p, pull), pairs: p).named(.positive)
            negative = TermGroup(terms(n, push), pairs: n).named(.negative)
        }
        return LossTerms([positive, negative])
    }

    /// The hinge of each violation.
    private func penalty(_ violations: Tensor) -> Tensor {
        switch hinge {
        case .plain: violations.relu()
        case .halfSquared: violations.map(HalfSquaredHinge())
        }
    }

    /// Positive pairs then negative pairs, as one list.
    private static func joined(_ a: PairIndices, _ b: PairIndices) -> PairIndices {
        PairIndices(anchors: a.anchors + b.anchors, others: a.others + b.others)
    }
}

/// ½[x]₊², slope [x]₊: the paper's penalty (Hadsell 2006, eq. 4); NaN stays NaN, as in `ReLU`.
struct HalfSquaredHinge: ElementwiseFunction {
    func value(_ x: Double) -> Double { let r = x < 0 ? 0 : x; return r * r * 0.5 }
    func slope(_ x: Double, _ y: Double) -> Double { x < 0 ? 0 : x }
}

/// The masked sums' vector kernel computes this hinge with the same operations (its code 1).
extension HalfSquaredHinge: VectorHinge {
    var kernelCode: Int32 { 1 }
}

extension Contrastive: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Hadsell, Chopra & LeCun", "Dimensionality Reduction by Learning an Invariant Mapping", "CVPR", 2006, at: "Eq. 4"),
        equation: "ℓ⁺(i, j) = h(d(i, j) − m⁺) for same-label pairs,  ℓ⁻(i, j) = h(m⁻ − d(i, j)) for the others,  h(x) = [x]₊ or ½[x]₊²",
        pytorchMetricLearning: ["ContrastiveLoss"])
}
