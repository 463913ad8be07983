import Foundation

/// SphereFace, the angular softmax A-Softmax (Liu et al. 2017, "SphereFace", §3.3; ψ from the
/// large-margin softmax of Liu et al. 2016, eqs. 6–7): the angle to the target class is multiplied
/// by an integer m, on normalised weights, with logits scaled by the feature norm ‖xᵢ‖.
///
///     ψ(θ) = (−1)ᵏ cos(mθ) − 2k,   θ ∈ [kπ/m, (k+1)π/m],   ℓᵢⱼ = s · ‖xᵢ‖ · (j = yᵢ ? ψ(θ) : cos θ)
///
/// cos(mθ) is the Chebyshev polynomial Tₘ(cos θ), built from products of the cosine on the tape;
/// k is read off the angle as a constant, as in pytorch-metric-learning. Defaults are PML 2.9's
/// SphereFaceLoss (LargeMarginSoftmaxLoss's m = 4, s = 1); the paper also uses m = 4, so
/// `SphereFace.paper` equals `SphereFace()` (the paper's annealed mixing with plain softmax during
/// training is left out, as in PML).
public struct SphereFace: LargeMarginSoftmax {
    /// The integer angular margin m.
    public var margin: Int
    /// The scale s of every logit, on top of the feature norm.
    public var scale: Double

    /// SphereFace with margin m and scale s (PML's defaults: 4 and 1).
    public init(margin: Int = 4, scale: Double = 1) {
        precondition(margin >= 1, "SphereFace: the margin must be a positive integer, got \(margin)")
        self.margin = margin
        self.scale = scale
    }

    /// The paper's settings: m = 4.
    public static let paper = SphereFace(margin: 4, scale: 1)

    public var name: String { "SphereFace" }

    public var scalesByEmbeddingNorm: Bool { true }

    public func targetLogits(fromCosines cosines: Tensor) -> Tensor {
        let c = cosines.clamp(min: -1, max: 1)
        var (previous, current) = (Tensor(repeating: 1, rows: c.rows, cols: 1), c)
        for _ in 1 ..< margin { (previous, current) = (current, 2 * c * current - previous) }
        let k = c.scalars.map { Foundation.floor(Foundation.acos($0) / (.pi / Double(margin))) }
        let sign = Tensor(rows: c.rows, cols: 1, scalars: k.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1 })
        return sign * current - Tensor(rows: c.rows, cols: 1, scalars: k.map { 2 * $0 })
    }
}
