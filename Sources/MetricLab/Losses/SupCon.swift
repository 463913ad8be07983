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
public struct SupCon: Loss {
    /// The temperature τ.
    public var temperature: Double
    /// How examples are compared; a distance is negated into a similarity.
    public var distance: any Distance
    /// How the per-anchor terms become one number.
    public var reduction: Reduction

    /// SupCon with temperature τ (PML's defaults: 0.1, cosine similarity, mean of positive terms).
    public init(temperature: Double = 0.1, distance: any Distance = CosineSimilarity(),
                reduction: Reduction = .meanOfPositive) {
        self.temperature = temperature
        self.distance = distance
        self.reduction = reduction
    }

    /// The paper's setting: τ = 0.1.
    public static let paper = SupCon(temperature: 0.1)

    public var name: String { "SupCon" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let distinct = Set(labels).count
        guard distinct > 1, distinct < labels.count else { return Tensor(0) }
        let n = labels.count
        let positives = Mask.positivePairs(labels)
        // The logits are s/τ; 1/τ enters the log-sum-exp and the per-row means, not the m×m matrix.
        let s = distance.similarities(embeddings, embeddings)
        let classSizes = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
        let counts = labels.map { classSizes[$0]! - 1 }
        let meanPositive = s.rowSums(where: positives) / Tensor(rows: n, cols: 1, scalars: counts.map { Double(max($0, 1)) * temperature })
        let terms = s.logSumExpRows(mask: .offDiagonal(n), scale: 1 / temperature) - meanPositive
        return reduction(terms.gatherRows(labels.indices.filter { counts[$0] > 0 }))
    }
}
