/// CosFace, the large margin cosine loss (Wang et al. 2018, "CosFace", eq. 4): the target cosine
/// minus an additive margin, on normalised features and weights, scaled by s.
///
///     ψ(cos θ) = cos θ − m,   ℓᵢⱼ = s · (j = yᵢ ? cos θ − m : cos θ)
///
/// Defaults m = 0.35, s = 64 are both the paper's and pytorch-metric-learning's
/// CosFaceLoss, so `CosFace.paper` equals `CosFace()`.
public struct CosFace: LargeMarginSoftmax {
    /// The cosine margin m subtracted from the target class's cosine.
    public var margin: Double
    /// The scale s of every logit.
    public var scale: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// CosFace with margin m and scale s (PML's defaults: 0.35, 64, mean).
    public init(margin: Double = 0.35, scale: Double = 64, reducer: Reducer = .mean) {
        self.margin = margin
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's settings: m = 0.35, s = 64.
    public static let paper = CosFace(margin: 0.35, scale: 64)

    public var name: String { "CosFace" }

    public func targetLogits(fromCosines cosines: Tensor) -> Tensor { cosines - margin }
}

extension CosFace: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Wang, Wang, Zhou, Ji, Gong, Zhou, Li & Liu", "CosFace: Large Margin Cosine Loss for Deep Face Recognition", "CVPR", 2018, at: "Eq. 4"),
        equation: "ℓᵢⱼ = s (j = yᵢ ? cos θᵢⱼ − m : cos θᵢⱼ)",
        pytorchMetricLearning: ["CosFaceLoss"])
}
