/// L-Softmax, the large-margin softmax (Liu et al. 2016, "Large-Margin Softmax Loss for
/// Convolutional Neural Networks", eqs. 5–7): plain softmax on xᵢ·wⱼ = ‖xᵢ‖‖wⱼ‖cos θᵢⱼ, with the
/// target's angle multiplied by an integer m.
///
///     ℓᵢⱼ = s · ‖xᵢ‖‖wⱼ‖ · (j = yᵢ ? ψ(θᵢⱼ) : cos θᵢⱼ),   ψ(θ) = (−1)ᵏ cos(mθ) − 2k,  θ ∈ [kπ/m, (k+1)π/m]
///
/// The ancestor of SphereFace, which normalises the weights. Defaults are pytorch-metric-learning's
/// LargeMarginSoftmaxLoss: m = 4, s = 1, mean; the paper's m ranges over 1–4 with 4 its strongest
/// setting, so `LSoftmax.paper` equals `LSoftmax()` (the paper's annealing from plain softmax is
/// left out, as in PML).
public struct LSoftmax: LargeMarginSoftmax {
    /// The integer angular margin m.
    public var margin: Int
    /// The scale s of every logit, on top of both norms.
    public var scale: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// L-Softmax with margin m and scale s (PML's defaults: 4, 1, mean).
    public init(margin: Int = 4, scale: Double = 1, reducer: Reducer = .mean) {
        precondition(margin >= 1, "LSoftmax: the margin must be a positive integer, got \(margin)")
        self.margin = margin
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's strongest setting: m = 4.
    public static let paper = LSoftmax(margin: 4, scale: 1)

    public var name: String { "L-Softmax" }

    public var logitScaling: LogitScaling { .magnitudes }

    public func targetLogits(fromCosines cosines: Tensor) -> Tensor {
        MultipleAngleMargin.psi(cosines, margin: margin)
    }
}

extension LSoftmax: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Liu, Wen, Yu & Yang", "Large-Margin Softmax Loss for Convolutional Neural Networks", "ICML", 2016, at: "Eqs. 5–7"),
        equation: "ℓᵢⱼ = s‖xᵢ‖‖wⱼ‖ (j = yᵢ ? ψ(θᵢⱼ) : cos θᵢⱼ),   ψ(θ) = (−1)ᵏ cos(mθ) − 2k,  θ ∈ [kπ/m, (k+1)π/m]",
        pytorchMetricLearning: ["LargeMarginSoftmaxLoss"])
}
