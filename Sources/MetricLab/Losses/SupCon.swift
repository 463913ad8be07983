/// Supervised contrastive loss (Khosla et al. 2020, "Supervised Contrastive Learning", eq. 2,
/// L^sup_out): for each anchor, the mean over its positives of the log-probability of picking
/// that positive among all other examples.
///
///     Lᵢ = −(1/|P(i)|) Σ_{p ∈ P(i)} log( e^{sᵢₚ/τ} / Σ_{a ≠ i} e^{sᵢₐ/τ} ),   L = mean of Lᵢ over anchors with Lᵢ > 0
///
/// Defaults are pytorch-metric-learning's SupConLoss: cosine similarity, τ = 0.1 (also the paper's
/// value, so `SupCon.paper` equals `SupCon()`), averaged over the anchors with a positive term
/// (`.meanOfPositive`, PML's AvgNonZeroReducer). Anchors without positives drop out; a batch
/// without positive or without negative pairs gives 0.
public struct SupCon: ReferenceLoss {
    /// The temperature τ.
    public var temperature: Double
    /// How examples are compared; a distance is negated into a similarity.
    public var distance: any Distance
    /// How the per-anchor terms become one number.
    public var reducer: Reducer

    /// SupCon with temperature τ (PML's defaults: 0.1, cosine similarity, mean of positive terms).
    public init(temperature: Double = 0.1, distance: any Distance = CosineSimilarity(), reducer: Reducer = .meanOfPositive) {
        self.temperature = temperature
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting: τ = 0.1.
    public static let paper = SupCon(temperature: 0.1)

    public var name: String { "SupCon" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let positives = batch.positiveMask, negatives = batch.negativeMask
        let counts = positives.rowCounts
        guard counts.contains(where: { $0 > 0 }), negatives.count > 0 else { return .none }
        // Every other example is a positive or a negative: off the diagonal, unless a miner chose.
        let compared = batch.tuples == nil && batch.referencesAreEmbeddings ? .offDiagonal(counts.count) : positives || negatives
        let n = batch.labels.count
        // The logits are s/τ; 1/τ enters the log-sum-exp and the per-row means, not the m×m matrix,
        // of which the loss takes two reductions (on inner products from a batch of 1024 on, the
        // matrix is never formed).
        let s = distance.reducedSimilarities(batch.embeddings, batch.references,
                                             [.logSumExpRows(mask: compared, scale: 1 / temperature), .rowSums(where: positives)])
        let meanPositive = s[1] / Tensor(rows: n, cols: 1, scalars: counts.map { Double(max($0, 1)) * temperature })
        let terms = s[0] - meanPositive
        // An anchor without positives has no term (PML: 0 over 0 positives, which a mean counts).
        let hasPositive = counts.map { $0 > 0 ? 1.0 : 0 }
        return LossTerms(perExample: hasPositive.allSatisfy { $0 == 1 } ? terms : terms * Tensor(rows: n, cols: 1, scalars: hasPositive))
    }
}

extension SupCon: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Khosla et al.", "Supervised Contrastive Learning", "NeurIPS", 2020, at: "Eq. 2"),
        equation: "Lᵢ = −1/|P(i)| Σ_{p∈P(i)} log( e^{sᵢₚ/τ} / Σ_{a≠i} e^{sᵢₐ/τ} )",
        pytorchMetricLearning: ["SupConLoss"])
}
