import Foundation

/// The triplets whose angle at the negative exceeds α (pytorch-metric-learning's AngularMiner):
/// those that violate the constraint of Wang, Zhou, Wen, Liu & Lin 2017, "Deep Metric Learning
/// with Angular Loss".
///
/// The paper bounds the angle at the negative of the triangle it forms with the pair's centre
/// x_c = (x_a + x_p)/2:
///
///     tan ∠n′ = ‖x_a − x_p‖ / (2 ‖x_n − x_c‖) ≤ tan α,
///
/// and the miner keeps every triplet with ∠n′ > α. As in PML, the angle is taken on the
/// embeddings as given (not normalised), anchors from the batch and positives, negatives from
/// the references, and each difference has torch's `pairwise_distance` offset of 10⁻⁶ added to
/// every coordinate; an angle of 0/0 never counts. PML only accepts its default distance,
/// `Euclidean()` on normalised embeddings, and then does not use it, so the miner has none.
/// Triplets come anchor by anchor, positives then negatives ascending, as PML lists them.
/// PML's default α: 20°.
public struct AngularMiner: TripletMiner {
    /// α, in degrees.
    public var degrees: Double

    /// A miner keeping the triplets whose angle at the negative exceeds `degrees` (PML's default 20°).
    public init(degrees: Double = 20) { self.degrees = degrees }

    public var name: String { "angle > \(degrees)°" }

    /// The triplets with ∠n′ > α.
    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let alpha = degrees * (.pi / 180)
        // atan never exceeds π/2, so no angle exceeds a right one.
        guard alpha < .pi / 2 else { return TripletIndices() }
        let tangent = tan(alpha)
        let (x, r, width) = (batch.embeddings.scalars, batch.references.scalars, batch.embeddings.cols)
        let m = batch.references.rows
        // ‖x_n − x_c + ε‖² = ‖u_n‖² − u_n·(x_a + x_p) + ‖x_a + x_p‖²/4 with u_n = x_n + ε: two
        // products instead of one pass over the coordinates per triplet.
        let u = Tensor(rows: m, cols: width, scalars: r.map { $0 + epsilon })
        let anchorDots = batch.embeddings.innerProducts(with: u).scalars
        let positiveDots = batch.references.innerProducts(with: u).scalars
        let uNorms = (0 ..< m).map { n in (0 ..< width).reduce(0.0) { $0 + u[n, $1] * u[n, $1] } }
        var out = TripletIndices()
        for a in batch.labels.indices {
            let negatives = batch.negatives(of: a)
            for p in batch.positives(of: a) {
                var side = 0.0, sum = 0.0
                for k in 0 ..< width {
                    let (xa, xp) = (x[a * width + k], r[p * width + k])
                    side += (xa - xp + epsilon) * (xa - xp + epsilon)
                    sum += (xa + xp) * (xa + xp)
                }
                // atan(s / 2c) > α ⟺ c² < s² / (4 tan²α) for 0 < α < π/2; for α ≤ 0 every angle
                // but 0/0 counts (s = 0 only when x_a − x_p is exactly −ε: taken as 0/0).
                let bound = tangent > 0 ? side / (4 * tangent * tangent) : (side > 0 ? .infinity : -.infinity)
                for n in negatives {
                    let centre = uNorms[n] - (anchorDots[a * m + n] + positiveDots[p * m + n]) + sum / 4
                    if centre < bound { out.append(a, p, n) }
                }
            }
        }
        return out
    }
}

/// The offset torch's `pairwise_distance` adds to every coordinate of a difference.
private let epsilon = 1e-6

extension Miner where Self == AngularMiner {
    /// The triplets whose angle at the negative exceeds `degrees` (PML's default 20°).
    public static func angular(degrees: Double = 20) -> AngularMiner { AngularMiner(degrees: degrees) }
}
