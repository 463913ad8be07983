import Foundation

/// Angular loss (Wang, Zhou, Wen, Liu & Lin, "Deep Metric Learning with Angular Loss", ICCV 2017,
/// §3, in its N-pair batch form): the angle at the negative in the triangle (anchor, positive,
/// negative) is bounded by α, through
///
///     f(a, p, n) = 4 tan²α (x_a + x_p)ᵀ x_n − 2 (1 + tan²α) x_aᵀ x_p,
///     ℓ(a, p) = log(1 + Σ_{n: y_n ≠ y_a} exp f(a, p, n)),
///
/// averaged over the ordered positive pairs (a, p).
///
/// `init()` gives PML 2.9's AngularLoss: α = 40°, anchors and positives L2-normalised but the
/// negatives entering as given (PML normalises only the pair it indexes), mean over positive pairs.
/// `Angular.paper` normalises every embedding, as the paper's derivation on the unit sphere
/// assumes, with α = 45°, within the range of angles the paper experiments with.
public struct Angular: ReferenceLoss {
    /// Which embeddings are L2-normalised before f is formed.
    public enum Normalization: Sendable {
        /// Anchors and positives only (PML).
        case anchorsAndPositives
        /// Every embedding.
        case all
        /// None.
        case none
    }

    /// The angle bound α, in degrees.
    public var alpha: Double
    /// Which embeddings are normalised.
    public var normalization: Normalization
    /// How the per-pair terms become one number.
    public var reducer: Reducer

    /// An angular loss; the defaults are PML's AngularLoss().
    public init(alpha: Double = 40, normalization: Normalization = .anchorsAndPositives, reducer: Reducer = .mean) {
        self.alpha = alpha
        self.normalization = normalization
        self.reducer = reducer
    }

    /// α = 45° with every embedding on the unit sphere.
    public static let paper = Angular(alpha: 45, normalization: .all)

    public var name: String { "angular" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        // Every reference of another class is a negative of the pair, as in PML (a miner's negatives
        // only decide whether there are any). Unmined, that is the batch's negative mask, counted
        // without listing its pairs.
        let (labels, referenceLabels) = (batch.labels, batch.referenceLabels)
        let negatives: Mask, positive: PairIndices, anyNegative: Bool
        if let mined = batch.tuples?.pairs {
            negatives = Mask(rows: labels.count, cols: referenceLabels.count) { referenceLabels[$1] != labels[$0] }
            (positive, anyNegative) = (mined.positive, mined.negative.count > 0)
        } else {
            negatives = batch.negativeMask
            (positive, anyNegative) = (PairIndices(batch.positiveMask), negatives.count > 0)
        }
        guard positive.count > 0, anyNegative else { return .none }
        let (anchors, positives) = (positive.anchors, positive.others)
        let unit = { (x: Tensor) in self.normalization == .none ? x : x.l2NormalizedRows() }
        let unitEmbeddings = unit(batch.embeddings)
        let unitReferences = batch.referencesAreEmbeddings ? unitEmbeddings : unit(batch.references)
        let others = normalization == .all ? unitReferences : batch.references
        let t = pow(tan(alpha * .pi / 180), 2)
        // (x_a + x_p)ᵀx_n = x_aᵀx_n + x_pᵀx_n: two n×m products instead of one of every pair with
        // every reference, added pair by pair inside the log-sum-exp.
        let towardOthers = { (x: Tensor) in 4 * t * x.innerProducts(with: others) }
        let fromAnchors = towardOthers(unitEmbeddings)
        let fromPositives = batch.referencesAreEmbeddings ? fromAnchors : towardOthers(unitReferences)
        let pairTerm = -2 * (1 + t) * (unitEmbeddings.gatherRows(anchors) * unitReferences.gatherRows(positives)).rowSums()
        let losses = fromAnchors.pairLogSumExp(fromPositives, pairs: (anchors, positives), offsets: pairTerm,
                                               mask: negatives, addOne: true)
        return LossTerms([TermGroup(losses, pairs: positive)])
    }
}

extension Angular: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Wang, Zhou, Wen, Liu & Lin", "Deep Metric Learning with Angular Loss", "ICCV", 2017, at: "§3"),
        equation: "f(a, p, n) = 4 tan²α (x_a + x_p)ᵀx_n − 2(1 + tan²α) x_aᵀx_p,   ℓ(a, p) = log(1 + Σ_n exp f(a, p, n))",
        pytorchMetricLearning: ["AngularLoss"])
}
