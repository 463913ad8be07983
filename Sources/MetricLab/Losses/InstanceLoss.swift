/// The instance loss (Zheng et al. 2020, "Dual-Path Convolutional Image-Text Embeddings with
/// Instance Loss", eq. 1) in pytorch-metric-learning's adapted form: every example is classified
/// against every example of the batch, itself included, by scaled cosines.
///
///     Lᵢ = −log softmax(γ cos(xᵢ, x₁), …, γ cos(xᵢ, xₙ))[tᵢ]
///
/// The paper treats each image–text group as a class of its own and trains a softmax classifier
/// over those instances (eq. 1). PML's form uses the batch's normalised embeddings as the
/// classifier's weights, and tᵢ is the rank of yᵢ among the batch's distinct labels, sorted: with
/// one example per instance labelled in batch order (0 ..< n), tᵢ = i and each example is its own
/// class, as in the paper. With other labels the target column is simply the example at that
/// rank, which need not share the label; PML does this, and so does this loss.
///
/// The paper's eq. 1 has no scale (its logits are unnormalised classifier outputs); cosines lie in
/// [−1, 1], and γ (PML's default 64) widens them enough for a softmax. `.paper` keeps γ = 64 and
/// equals the default. Compares cosines only, as PML asserts; the reducer is PML's MeanReducer.
public struct InstanceLoss: Loss {
    /// The scale γ of the cosine logits.
    public var gamma: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// An instance loss with scale γ (PML's defaults: 64, mean).
    public init(gamma: Double = 64, reducer: Reducer = .mean) {
        self.gamma = gamma
        self.reducer = reducer
    }

    /// Each example its own class with PML's γ = 64 (eq. 1 has no scale to take instead).
    public static let paper = InstanceLoss(gamma: 64)

    public var name: String { "Instance" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples (PML's InstanceLoss refuses an indices_tuple)") }
        let rank = Dictionary(uniqueKeysWithValues: batch.classes.enumerated().map { ($1, $0) })
        let targets = batch.labels.map { rank[$0]! }
        // What the loss takes of the n×n cosines (from a batch of 1024 on never formed): each row's
        // log-sum-exp and its target entry.
        let unit = batch.embeddings.l2NormalizedRows()
        let cosines = unit.innerProductsReduced(with: unit, [.logSumExpRows(mask: nil, scale: gamma), .entries(rows: Array(targets.indices), cols: targets)])
        return LossTerms(perExample: cosines[0] - gamma * cosines[1])
    }
}

extension InstanceLoss: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Zheng, Zheng, Garrett, Yang, Xu & Shen", "Dual-Path Convolutional Image-Text Embeddings with Instance Loss", "ACM TOMM", 2020, at: "Eq. 1"),
        equation: "Lᵢ = −log softmax(γ cos(xᵢ, x₁), …, γ cos(xᵢ, xₙ))[tᵢ]",
        pytorchMetricLearning: ["InstanceLoss"])
}
