/// Exact t-SNE (van der Maaten & Hinton 2008): points placed in a few dimensions so that a
/// Student-t neighbourhood Q of the placed points matches the Gaussian neighbourhood P of the
/// originals, found by gradient descent on KL(P‖Q).
///
/// The algorithm is scikit-learn's `TSNE(method="exact")`: each point's precision calibrated to
/// the perplexity by binary search, P symmetrised, early exaggeration (P × 12 for 250 iterations at
/// momentum 0.5), then momentum 0.8 with fresh updates and gains, delta-bar-delta gains (+0.2 when
/// the step turns, × 0.8 when it does not, at least 0.01), and the 'auto' learning rate
/// max(n / exaggeration / 4, 50). It runs every iteration it is given (no early stop on progress).
/// One Student-t degree of freedom, as in the paper, for any number of components (scikit-learn
/// uses components − 1 beyond two). O(n²) per iteration: meant for up to a few thousand points.
/// Deterministic: the default initialisation is PCA's, and `.random(seed:)` draws from `RNG`.
public struct TSNE: Sendable {
    /// The dimension of the placed points.
    public var components: Int
    /// The effective number of neighbours each point's Gaussian is calibrated to (2^entropy).
    public var perplexity: Double
    /// Gradient steps in all, exaggerated ones included.
    public var iterations: Int
    /// The factor P is multiplied by in the first steps, so that clusters form and separate.
    public var earlyExaggeration: Double
    /// How many of the first steps are exaggerated (at momentum 0.5).
    public var exaggerationIterations: Int
    /// The gradient step size.
    public var learningRate: LearningRate
    /// Where the points start.
    public var initialisation: Initialisation

    /// The step size of t-SNE's gradient descent.
    public enum LearningRate: Sendable {
        /// max(n / early exaggeration / 4, 50) (Belkina et al. 2019; scikit-learn's 'auto').
        case auto
        /// A fixed step size.
        case fixed(Double)
    }

    /// Where t-SNE's points start.
    public enum Initialisation: Sendable {
        /// The first principal components scaled to a standard deviation of 10⁻⁴ along the first
        /// (scikit-learn's default): deterministic, and it keeps the global layout.
        case pca
        /// Gaussian draws of standard deviation 10⁻⁴ from `RNG(seed:)` (the paper's start).
        case random(seed: UInt64)
        /// Given starting points, a row per point and a column per component.
        case given(Tensor)
    }

    /// t-SNE with scikit-learn's defaults: 2 components, perplexity 30, 1000 iterations of which
    /// 250 exaggerated by 12, the 'auto' learning rate, PCA initialisation.
    public init(components: Int = 2, perplexity: Double = 30, iterations: Int = 1000, earlyExaggeration: Double = 12,
                exaggerationIterations: Int = 250, learningRate: LearningRate = .auto,
                initialisation: Initialisation = .pca) {
        self.components = components
        self.perplexity = perplexity
        self.iterations = iterations
        self.earlyExaggeration = earlyExaggeration
        self.exaggerationIterations = exaggerationIterations
        self.learningRate = learningRate
        self.initialisation = initialisation
    }

    /// The smallest gain a coordinate's step keeps (scikit-learn's `min_gain`).
    static let minGain = 0.01

    /// `points` (a row per point) placed in `components` dimensions.
    public func project(_ points: Tensor) throws(ProjectionError) -> Projection {
        try validate(points)
        let n = points.rows
        let p = affinities(of: points)
        var y = try start(points).scalars
        let rate = rate(for: n)
        let exaggerated = min(exaggerationIterations, iterations)
        var workspace = Workspace(count: n, components: components)
        descend(&y, affinities: p.map { $0 * earlyExaggeration }, steps: exaggerated, momentum: 0.5,
                rate: rate, workspace: &workspace)
        // A fresh descent, as scikit-learn's second call starts: zero update, unit gains.
        descend(&y, affinities: p, steps: iterations - exaggerated, momentum: 0.8, rate: rate, workspace: &workspace)
        let placed = Tensor(rows: n, cols: components, scalars: y)
        return Projection(points: placed, method: .tsne(perplexity: perplexity,
                                                        klDivergence: klDivergence(of: placed, affinities: p)))
    }

    /// The step size for `n` points.
    func rate(for n: Int) -> Double {
        switch learningRate {
        case .auto: return max(Double(n) / earlyExaggeration / 4, 50)
        case .fixed(let value): return value
        }
    }

    /// Gradient descent with momentum and per-coordinate gains, updating `y` in place.
    private func descend(_ y: inout [Double], affinities p: [Double], steps: Int, momentum: Double, rate: Double,
                         workspace: inout Workspace) {
        var update = [Double](repeating: 0, count: y.count)
        var gains = [Double](repeating: 1, count: y.count)
        var gradient = [Double](repeating: 0, count: y.count)
        for _ in 0 ..< steps {
            klGradient(y, affinities: p, into: &gradient, workspace: &workspace)
            for k in y.indices {
                gains[k] = update[k] * gradient[k] < 0 ? gains[k] + 0.2 : gains[k] * 0.8
                gains[k] = max(gains[k], Self.minGain)
                update[k] = momentum * update[k] - rate * (gradient[k] * gains[k])
                y[k] += update[k]
            }
        }
    }

    private func validate(_ points: Tensor) throws(ProjectionError) {
        let n = points.rows
        guard n >= 2 else { throw ProjectionError(method: "t-SNE", field: "points", reason: "needs at least 2 rows, got \(n)") }
        try ProjectionError.requireFinite(points, method: "t-SNE")
        guard components >= 1 else {
            throw ProjectionError(method: "t-SNE", field: "components", reason: "\(components) must be at least 1")
        }
        // 2^entropy of a distribution over the other n − 1 points lies between 1 and n − 1.
        guard perplexity >= 1 && perplexity <= Double(n - 1) else {
            throw ProjectionError(method: "t-SNE", field: "perplexity",
                                  reason: "\(perplexity) must lie between 1 and the number of points less one (\(n - 1))")
        }
        guard iterations >= 0 && exaggerationIterations >= 0 else {
            throw ProjectionError(method: "t-SNE", field: "iterations", reason: "counts must not be negative")
        }
        guard earlyExaggeration >= 1 && earlyExaggeration.isFinite else {
            throw ProjectionError(method: "t-SNE", field: "earlyExaggeration", reason: "\(earlyExaggeration) must be at least 1")
        }
        if case .fixed(let rate) = learningRate, !(rate > 0 && rate.isFinite) {
            throw ProjectionError(method: "t-SNE", field: "learningRate", reason: "\(rate) must be positive")
        }
    }

    /// The starting points of the descent.
    private func start(_ points: Tensor) throws(ProjectionError) -> Tensor {
        let n = points.rows
        switch initialisation {
        case .given(let y):
            guard y.rows == n && y.cols == components else {
                throw ProjectionError(method: "t-SNE", field: "initialisation",
                                      reason: "given points are \(y.rows)×\(y.cols), need \(n)×\(components)")
            }
            try ProjectionError.requireFinite(y, method: "t-SNE", field: "initialisation")
            return y
        case .random(let seed):
            var rng = RNG(seed: seed)
            let draws = rng.gaussian(rows: n, cols: components)
            return Tensor(rows: n, cols: components, scalars: draws.scalars.map { $0 * 1e-4 })
        case .pca:
            guard components <= points.cols else {
                throw ProjectionError(method: "t-SNE", field: "initialisation",
                                      reason: "PCA gives at most the points' \(points.cols) columns, not \(components) components")
            }
            let y = try PCA(points, components: components).projection.points
            // The population standard deviation of the first component, as numpy's `std`.
            let first = (0 ..< n).map { y[$0, 0] }
            let mean = first.reduce(0, +) / Double(n)
            let spread = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)).squareRoot()
            guard spread > 0 else {
                throw ProjectionError(method: "t-SNE", field: "points", reason: "all rows are equal; PCA has no direction to start from")
            }
            return Tensor(rows: n, cols: components, scalars: y.scalars.map { $0 / spread * 1e-4 })
        }
    }
}
