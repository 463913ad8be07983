/// How a loss or miner compares embeddings: a matrix of distances or similarities between two
/// sets of rows.
///
/// The pytorch-metric-learning composition: a loss is written once and takes its distance as a
/// parameter, so that "triplet on cosine similarity" is one argument away. The distance also owns
/// its sign convention, which way is closer, so that a loss asks it what a margin violation is
/// (`margin`, `beyond`, `within`) instead of branching on whether it was given a similarity.
public protocol Distance: Sendable {
    /// Which way is closer: smaller values (a distance) or larger ones (a similarity).
    var ordering: DistanceOrdering { get }
    /// The r×r' matrix between every row of `x` and every row of `y`.
    func matrix(_ x: Tensor, _ y: Tensor) -> Tensor
    /// `similarities(x, y).reduced(reductions)`: what a loss takes of the similarities, which a
    /// distance built on inner products computes block by block without the matrix.
    func reducedSimilarities(_ x: Tensor, _ y: Tensor, _ reductions: [MatrixReduction]) -> [Tensor]
}

/// Which way a distance's values point.
public enum DistanceOrdering: Sendable {
    /// A distance: smaller is closer (PML's `is_inverted = False`).
    case smallerIsCloser
    /// A similarity: larger is closer (PML's `is_inverted = True`).
    case largerIsCloser
}

extension Distance {
    /// The matrix between every pair of rows of `x`.
    public func matrix(_ x: Tensor) -> Tensor { matrix(x, x) }

    /// +1 for a distance, −1 for a similarity: the factor that turns a value into "how far".
    var farness: Double { ordering == .smallerIsCloser ? 1 : -1 }

    /// How much farther `x` is than `y`, entry by entry: x − y for a distance, y − x for a
    /// similarity (PML's `distance.margin(x, y)`).
    public func margin(_ x: Tensor, _ y: Tensor) -> Tensor { ordering == .smallerIsCloser ? x - y : y - x }

    /// How much farther `x` is than the level `y`.
    public func margin(_ x: Tensor, _ y: Double) -> Tensor { beyond(y)(x) }

    /// How much farther the level `x` is than `y`.
    public func margin(_ x: Double, _ y: Tensor) -> Tensor { within(x)(y) }

    /// The map from a value to how much farther it is than the level m: `margin(value, m)`.
    public func beyond(_ m: Double) -> Affine { Affine(scale: farness, offset: -farness * m) }

    /// The map from a value to how much closer it is than the level m: `margin(m, value)`.
    public func within(_ m: Double) -> Affine { Affine(scale: -farness, offset: farness * m) }

    /// The nearer of two values, entry by entry (PML's `smallest_dist`).
    public func nearer(_ a: Tensor, _ b: Tensor) -> Tensor {
        ordering == .smallerIsCloser ? elementwiseMin(a, b) : elementwiseMax(a, b)
    }

    /// Whether value `a` is strictly nearer than value `b`.
    public func isNearer(_ a: Double, than b: Double) -> Bool { ordering == .smallerIsCloser ? a < b : a > b }

    /// The matrix turned so that larger means closer: a distance enters negated.
    public func similarities(_ x: Tensor, _ y: Tensor) -> Tensor { within(0)(matrix(x, y)) }
    /// The reductions of the similarities, from the whole matrix.
    public func reducedSimilarities(_ x: Tensor, _ y: Tensor, _ reductions: [MatrixReduction]) -> [Tensor] {
        similarities(x, y).reduced(reductions)
    }

    /// The matrix turned so that larger means farther: a similarity enters negated.
    public func dissimilarities(_ x: Tensor, _ y: Tensor) -> Tensor { beyond(0)(matrix(x, y)) }
}

/// The entrywise minimum of two tensors of one shape, as (a + b − |a − b|) / 2.
func elementwiseMin(_ a: Tensor, _ b: Tensor) -> Tensor { (a + b - (a - b).abs()) * 0.5 }

/// The entrywise maximum of two tensors of one shape, as (a + b + |a − b|) / 2.
func elementwiseMax(_ a: Tensor, _ b: Tensor) -> Tensor { (a + b + (a - b).abs()) * 0.5 }
