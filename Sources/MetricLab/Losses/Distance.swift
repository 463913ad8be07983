/// How a loss compares embeddings: a matrix of distances or similarities between two sets of rows.
///
/// The pytorch-metric-learning composition: a loss is written once and takes its distance as a
/// parameter, so that "triplet on cosine similarity" is one argument away.
public protocol Distance: Sendable {
    /// Whether larger values mean closer (a similarity) rather than farther (a distance).
    var isSimilarity: Bool { get }
    /// The r×r' matrix between every row of `x` and every row of `y`.
    func matrix(_ x: Tensor, _ y: Tensor) -> Tensor
}

extension Distance {
    /// The matrix between every pair of rows of `x`.
    public func matrix(_ x: Tensor) -> Tensor { matrix(x, x) }

    /// The matrix turned so that larger means closer: a distance enters negated.
    public func similarities(_ x: Tensor, _ y: Tensor) -> Tensor { isSimilarity ? matrix(x, y) : -matrix(x, y) }

    /// The matrix turned so that larger means farther: a similarity enters negated.
    public func dissimilarities(_ x: Tensor, _ y: Tensor) -> Tensor { isSimilarity ? -matrix(x, y) : matrix(x, y) }
}

/// Euclidean distance, plain or squared, of the embeddings as given or L2-normalised first.
public struct Euclidean: Distance {
    /// Whether the distance is squared.
    public var squared: Bool
    /// Whether rows are L2-normalised before the distance (pytorch-metric-learning's default).
    public var normalized: Bool

    /// A Euclidean distance; by default plain and on normalised embeddings, as in LpDistance().
    public init(squared: Bool = false, normalized: Bool = true) {
        self.squared = squared
        self.normalized = normalized
    }

    public var isSimilarity: Bool { false }

    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor {
        let (a, b) = normalized ? (x.l2NormalizedRows(), y.l2NormalizedRows()) : (x, y)
        return squared ? a.pairwiseSquaredDistances(b) : a.pairwiseDistances(b)
    }
}

/// Cosine similarity: the inner product of L2-normalised rows.
public struct CosineSimilarity: Distance {
    /// Cosine similarity.
    public init() {}
    public var isSimilarity: Bool { true }
    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor { x.cosineSimilarities(y) }
}

/// The plain inner product of rows (N-pair's and softmax's similarity).
public struct DotProduct: Distance {
    /// The inner product.
    public init() {}
    public var isSimilarity: Bool { true }
    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor { x.innerProducts(with: y) }
}
