/// SphereFace, the angular softmax A-Softmax (Liu et al. 2017, "SphereFace", §3.2; ψ from the
/// large-margin softmax of Liu et al. 2016, eqs. 6–7): the angle to the target class is multiplied
/// by an integer m, on normalised weights, with logits scaled by the feature norm ‖xᵢ‖.
///
///     ψ(θ) = (−1)ᵏ cos(mθ) − 2k,   θ ∈ [kπ/m, (k+1)π/m],   ℓᵢⱼ = s · ‖xᵢ‖ · (j = yᵢ ? ψ(θ) : cos θ)
///
/// ψ is L-Softmax's (`MultipleAngleMargin`); SphereFace normalises the weights and keeps the feature
/// norm where L-Softmax keeps both norms. Defaults are PML 2.9's
/// SphereFaceLoss (LargeMarginSoftmaxLoss's m = 4, s = 1); the paper also uses m = 4, so
/// `SphereFace.paper` equals `SphereFace()` (the paper's annealed mixing with plain softmax during
/// training is left out, as in PML).
public struct SphereFace: LargeMarginSoftmax {
    /// The integer angular margin m.
    public var margin: Int
    /// The scale s of every logit, on top of the feature norm.
    public var scale: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// SphereFace with margin m and scale s (PML's defaults: 4, 1, mean).
    public init(margin: Int = 4, scale: Double = 1, reducer: Reducer = .mean) {
        precondition(margin >= 1, "SphereFace: the margin must be a positive integer, got \(margin)")
        self.margin = margin
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's settings: m = 4.
    public static let paper = SphereFace(margin: 4, scale: 1)

    public var name: String { "SphereFace" }

    public var logitScaling: LogitScaling { .featureNorm }

    public func targetLogits(fromCosines cosines: Tensor) -> Tensor {
        MultipleAngleMargin.psi(cosines, margin: margin)
    }
}

extension SphereFace: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Liu, Wen, Yu, Li, Raj & Song", "SphereFace: Deep Hypersphere Embedding for Face Recognition", "CVPR", 2017, at: "§3.2"),
        equation: "ℓᵢⱼ = s‖xᵢ‖ (j = yᵢ ? ψ(θᵢⱼ) : cos θᵢⱼ),   ‖wⱼ‖ = 1,   ψ as in L-Softmax",
        pytorchMetricLearning: ["SphereFaceLoss"])
}
