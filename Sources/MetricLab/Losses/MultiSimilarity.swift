/// Multi-similarity loss (Wang et al. 2019, "Multi-Similarity Loss with General Pair Weighting for
/// Deep Metric Learning", CVPR 2019, §4).
///
///     L = 1/m Σᵢ { 1/α · log(1 + Σ_{k∈Pᵢ} e^{−α(S_ik − λ)}) + 1/β · log(1 + Σ_{k∈Nᵢ} e^{β(S_ik − λ)}) }
///
/// over the m anchors of the batch, with Pᵢ and Nᵢ the positive and negative pairs of anchor i:
/// all of them, or those a miner keeps (the paper mines with `MultiSimilarityMiner`, §4.1).
/// An anchor without pairs adds log 1 = 0 but still counts in m, as in the paper and as PML 2.9
/// computes it (its mined reference case only matches that way). With a distance instead of a
/// similarity, S_ik − λ becomes λ − D_ik.
///
/// Defaults are pytorch-metric-learning's MultiSimilarityLoss: α = 2, β = 50, λ (PML's `base`) =
/// 0.5, cosine similarity, no mining. `MultiSimilarity.paper` is the paper's §5.1 setting: α = 2,
/// β = 50, λ = 1, mining with ε = 0.1.
public struct MultiSimilarity: ReferenceLoss {
    /// The scale α of the positive pairs.
    public var alpha: Double
    /// The scale β of the negative pairs.
    public var beta: Double
    /// The similarity margin λ both terms are measured from.
    public var base: Double
    /// How pairs are compared.
    public var distance: any Distance
    /// How the anchors' terms become one number (the mean over the batch, as in the paper).
    public var reducer: Reducer

    /// A multi-similarity loss; the defaults are pytorch-metric-learning's.
    public init(alpha: Double = 2, beta: Double = 50, base: Double = 0.5,
                distance: any Distance = CosineSimilarity(), reducer: Reducer = .mean) {
        self.alpha = alpha
        self.beta = beta
        self.base = base
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting: α = 2, β = 50, λ = 1, multi-similarity mining with ε = 0.1.
    public static let paper = MultiSimilarity(alpha: 2, beta: 50, base: 1).mined(by: MultiSimilarityMiner(epsilon: 0.1))

    public var name: String { "multi-similarity" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        // Above the margin is "too far" for a positive and "far enough" for a negative: the terms are
        // α·(d − λ) and −β·(d − λ) (a similarity turned by the distance), inside the log-sum-exps.
        let d = distance.matrix(batch.embeddings, batch.references)
        let pull = d.logSumExpRows(mask: batch.positiveMask, addOne: true, of: alpha * distance.beyond(base)) / alpha
        let push = d.logSumExpRows(mask: batch.negativeMask, addOne: true, of: beta * distance.within(base)) / beta
        return LossTerms(perExample: pull + push)
    }
}

extension MultiSimilarity: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Wang, Han, Huang, Dong & Scott", "Multi-Similarity Loss with General Pair Weighting for Deep Metric Learning", "CVPR", 2019, at: "§4"),
        equation: "L = 1/m Σᵢ [ 1/α log(1 + Σ_{k∈Pᵢ} e^{−α(S_ik − λ)}) + 1/β log(1 + Σ_{k∈Nᵢ} e^{β(S_ik − λ)}) ]",
        pytorchMetricLearning: ["MultiSimilarityLoss"])
}
