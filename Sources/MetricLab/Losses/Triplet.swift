/// Triplet loss (Hoffer & Ailon 2015; Schroff et al. 2015, FaceNet eq. 2): each anchor should be
/// closer to its positive than to its negative by a margin,
///
///     ℓ(a, p, n) = [d(a, p) − d(a, n) + α]₊      (for a similarity s: [s(a, n) − s(a, p) + α]₊)
///
/// over every triplet of the batch, or those a miner chooses (`.mined(by:)`), reduced by
/// `reducer`. `smooth` replaces the hinge [x]₊ by the soft-plus log(1 + eˣ), margin included
/// (PML 2.x); `swap` uses the nearer of d(a,n) and d(p,n) for d(a,n) (Balntas 2016).
///
/// `init()` gives PML 2.9's TripletMarginLoss: margin 0.05, plain Euclidean distance on normalised
/// embeddings, all triplets, mean over the triplets with a positive loss (AvgNonZeroReducer).
/// `Triplet.paper` gives FaceNet's: squared distances on the unit sphere, margin 0.2, semi-hard
/// negatives, mean over the mined triplets.
public struct Triplet: ReferenceLoss {
    /// The margin α.
    public var margin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How the per-triplet losses become one number.
    public var reducer: Reducer
    /// Whether the soft-plus replaces the hinge (PML's `smooth_loss`).
    public var smooth: Bool
    /// Whether the negative's distance is the nearer of d(a,n) and d(p,n) (PML's `swap`).
    public var swap: Bool

    /// A triplet loss; the defaults are PML's TripletMarginLoss().
    public init(margin: Double = 0.05, distance: any Distance = Euclidean(), reducer: Reducer = .meanOfPositive,
                smooth: Bool = false, swap: Bool = false) {
        self.margin = margin
        self.distance = distance
        self.reducer = reducer
        self.smooth = smooth
        self.swap = swap
    }

    /// FaceNet's settings (Schroff 2015, §3–4): squared Euclidean distance between L2-normalised
    /// embeddings, margin α = 0.2, semi-hard negatives for every anchor-positive pair.
    public static let paper = Triplet(margin: 0.2, distance: Euclidean(squared: true, normalized: true), reducer: .mean)
        .mined(by: SemiHardNegatives(distance: Euclidean(squared: true, normalized: true)))

    public var name: String { "triplet" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        // far = how far each reference is (a similarity negated), so that a violation is far(a,p) − far(a,n) + α.
        let far = distance.beyond(0)(distance.matrix(batch.embeddings, batch.references))
        if batch.tuples == nil, !swap {
            let (positives, negatives) = (batch.positiveMask, batch.negativeMask)
            let sum = smooth ? far.rowPairDifferenceSum(positives, minus: negatives, plus: margin, Softplus())
                             : far.rowPairDifferenceSum(positives, minus: negatives, plus: margin, ReLU())
            return LossTerms([TermGroup(sum: sum) {
                let t = batch.triplets
                return (self.hinge(self.violations(far, t)), .triplets(t))
            }])
        }
        if swap, !batch.referencesAreEmbeddings {
            throw LossError(name, "swap compares a positive with a negative, both references: it needs the batch as its own references")
        }
        let t = batch.triplets
        return LossTerms([TermGroup(hinge(violations(far, t)), triplets: t)])
    }

    /// far(a,p) − far(a,n) + α for each triplet (with `swap`, the nearer of far(a,n) and far(p,n)).
    private func violations(_ far: Tensor, _ t: TripletIndices) -> Tensor {
        guard swap else {
            return far.entryDifferences(rows: t.anchors, cols: t.positives, minusRows: t.anchors, minusCols: t.negatives) + margin
        }
        let ap = far.entries(rows: t.anchors, cols: t.positives)
        let nearer = elementwiseMin(far.entries(rows: t.anchors, cols: t.negatives), far.entries(rows: t.positives, cols: t.negatives))
        return ap - nearer + margin
    }

    private func hinge(_ x: Tensor) -> Tensor { smooth ? x.softplus() : x.relu() }
}

extension Triplet: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Schroff, Kalenichenko & Philbin", "FaceNet: A Unified Embedding for Face Recognition and Clustering", "CVPR", 2015, at: "Eq. 2"),
        equation: "ℓ(a, p, n) = [d(a, p) − d(a, n) + α]₊",
        pytorchMetricLearning: ["TripletMarginLoss"])
}
