/// The Minkowski distance ‖x − y‖ₚ raised to a power, of rows as given or Lp-normalised first
/// (PML's LpDistance(p, power, normalize_embeddings)).
///
/// PML normalises with the same p as the distance (F.normalize(x, p)). p = 2 runs on `Euclidean`'s
/// fused kernels; p = ∞ is the largest coordinate difference.
public struct LpDistance: Distance {
    /// The order p of the norm.
    public var p: Double
    /// The power the distance is raised to (2 with p = 2: squared Euclidean).
    public var power: Double
    /// Whether rows are Lp-normalised before the distance (PML's default).
    public var normalized: Bool

    /// An Lp distance; the defaults are PML's LpDistance(): p = 2, power 1, normalised.
    public init(p: Double = 2, power: Double = 1, normalized: Bool = true) {
        precondition(p > 0, "LpDistance: p must be positive, got \(p)")
        self.p = p
        self.power = power
        self.normalized = normalized
    }

    public var ordering: DistanceOrdering { .smallerIsCloser }

    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor {
        if p == 2 && (power == 1 || power == 2) {
            return Euclidean(squared: power == 2, normalized: normalized).matrix(x, y)
        }
        let (a, b) = normalized ? (x.lpNormalizedRows(p: p), y.lpNormalizedRows(p: p)) : (x, y)
        let d = a.pairwiseLpDistances(b, p: p)
        return power == 1 ? d : d.pow(power)
    }
}
