import Foundation

/// The multiplicative angular margin of L-Softmax and SphereFace (Liu et al. 2016, eqs. 6–7):
/// ψ(θ) = (−1)ᵏ cos(mθ) − 2k for θ ∈ [kπ/m, (k+1)π/m], which decreases all the way from 0 to π.
enum MultipleAngleMargin {
    /// ψ of each cosine of a column; cos(mθ) is the Chebyshev polynomial Tₘ(cos θ), built from
    /// products of the cosine on the tape, and k is read off the angle as a constant, as in
    /// pytorch-metric-learning.
    static func psi(_ cosines: Tensor, margin: Int) -> Tensor {
        let c = cosines.clamp(min: -1, max: 1)
        var (previous, current) = (Tensor(repeating: 1, rows: c.rows, cols: 1), c)
        for _ in 1 ..< margin { (previous, current) = (current, 2 * c * current - previous) }
        let k = c.scalars.map { Foundation.floor(Foundation.acos($0) / (.pi / Double(margin))) }
        let sign = Tensor(rows: c.rows, cols: 1, scalars: k.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1 })
        return sign * current - Tensor(rows: c.rows, cols: 1, scalars: k.map { 2 * $0 })
    }
}
