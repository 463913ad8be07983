import Foundation

/// ArcFace, the additive angular margin loss (Deng et al. 2019, "ArcFace", eq. 3): the angle to the
/// target class is widened by m before its cosine is taken, on normalised features and weights.
///
///     ψ(cos θ) = cos(θ + m)            when θ ≤ π − m,
///     ψ(cos θ) = cos θ − m · sin m     beyond, where cos(θ + m) would turn back up;
///     ℓᵢⱼ = s · (j = yᵢ ? ψ(cos θ) : cos θ)
///
/// The second branch is the one pytorch-metric-learning 2.9 (and InsightFace) use to keep ψ
/// decreasing in θ. cos(θ + m) is expanded as cos θ cos m − sin θ sin m with sin θ = √(1 − cos²θ)
/// (θ ∈ [0, π]), so no arccosine enters the tape. Defaults: PML's ArcFaceLoss, m = 28.6° and
/// s = 64; `ArcFace.paper` uses the paper's m = 0.5 rad (28.65°), s = 64.
public struct ArcFace: LargeMarginSoftmax {
    /// The additive angular margin m, in degrees as PML gives it.
    public var marginDegrees: Double
    /// The scale s of every logit.
    public var scale: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// ArcFace with margin m in degrees and scale s (PML's defaults: 28.6°, 64, mean).
    public init(marginDegrees: Double = 28.6, scale: Double = 64, reducer: Reducer = .mean) {
        self.marginDegrees = marginDegrees
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's settings: m = 0.5 rad, s = 64.
    public static let paper = ArcFace(marginDegrees: 0.5 * 180 / .pi, scale: 64)

    public var name: String { "ArcFace" }

    /// The margin in radians.
    public var margin: Double { marginDegrees * .pi / 180 }

    public func targetLogits(fromCosines cosines: Tensor) -> Tensor {
        let m = margin
        let c = cosines.clamp(min: -1, max: 1)
        let sine = (1 - c.squared()).sqrtZeroSafe()
        let widened = c * Foundation.cos(m) - sine * Foundation.sin(m)
        let fallback = c - m * Foundation.sin(m)
        let beforeTurn = Tensor(Mask(rows: c.rows, cols: 1) { i, _ in Foundation.acos(c[i, 0]) <= .pi - m })
        return fallback + beforeTurn * (widened - fallback)
    }
}

extension ArcFace: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Deng, Guo, Xue & Zafeiriou", "ArcFace: Additive Angular Margin Loss for Deep Face Recognition", "CVPR", 2019, at: "Eq. 3"),
        equation: "ℓᵢⱼ = s (j = yᵢ ? cos(θᵢⱼ + m) : cos θᵢⱼ)",
        pytorchMetricLearning: ["ArcFaceLoss"])
}
