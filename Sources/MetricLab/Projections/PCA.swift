/// Principal component analysis: the directions of largest variance of a set of points, to draw a
/// wide embedding in two dimensions with the most of its spread that a linear map can keep.
///
/// The covariance divides by n − 1 (scikit-learn's `explained_variance_`). Each axis is signed so
/// that its largest-magnitude coordinate is positive (the first of equal magnitudes), the
/// convention of scikit-learn's `svd_flip` on the components, so that one data set has one picture.
public struct PCA: Sendable {
    /// The mean of the fitted points, subtracted before projecting.
    public let mean: [Double]
    /// The principal axes as rows (components × columns), unit length, largest variance first.
    public let axes: Tensor
    /// The variance of the fitted points along each axis (the covariance's eigenvalues).
    public let explainedVariance: [Double]
    /// Each axis's share of the total variance (the trace of the covariance), all columns counted.
    public let explainedVarianceRatio: [Double]
    /// The fitted points on the axes, a row per point: what `Scatter` draws.
    public let projection: Projection

    /// Fits `components` principal axes to `points` (a row per point) and projects them.
    public init(_ points: Tensor, components: Int = 2) throws(ProjectionError) {
        let (n, d) = (points.rows, points.cols)
        guard n >= 2 else {
            throw ProjectionError(method: "PCA", field: "points", reason: "needs at least 2 rows for a variance, got \(n)")
        }
        guard (1 ... d).contains(components) else {
            throw ProjectionError(method: "PCA", field: "components",
                                  reason: "\(components) must be between 1 and the points' \(d) columns")
        }
        try ProjectionError.requireFinite(points, method: "PCA")
        let x = points.scalars
        var mean = [Double](repeating: 0, count: d)
        for i in 0 ..< n { for j in 0 ..< d { mean[j] += x[i * d + j] } }
        mean = mean.map { $0 / Double(n) }
        var covariance = [Double](repeating: 0, count: d * d)
        var centred = [Double](repeating: 0, count: d)
        for i in 0 ..< n {
            for j in 0 ..< d { centred[j] = x[i * d + j] - mean[j] }
            for p in 0 ..< d { for q in p ..< d { covariance[p * d + q] += centred[p] * centred[q] } }
        }
        for p in 0 ..< d {
            for q in p ..< d {
                covariance[p * d + q] /= Double(n - 1)
                covariance[q * d + p] = covariance[p * d + q]
            }
        }
        let total = (0 ..< d).reduce(0) { $0 + covariance[$1 * d + $1] }
        let eigen = SymmetricEigen(covariance, size: d)
        // Rounding can leave a zero eigenvalue slightly negative; a variance is not.
        let variances = eigen.values.prefix(components).map { max($0, 0) }
        self.mean = mean
        axes = Tensor(Array(eigen.vectors.prefix(components)))
        explainedVariance = variances
        explainedVarianceRatio = variances.map { total > 0 ? $0 / total : 0 }
        projection = Projection(points: Self.project(points, mean: mean, axes: axes),
                                method: .pca(explainedVarianceRatio: explainedVarianceRatio))
    }

    /// Other points (with the fitted points' columns) on the fitted axes, centred by the fitted mean.
    public func transform(_ points: Tensor) -> Tensor {
        precondition(points.cols == mean.count, "PCA.transform: points have \(points.cols) columns, the fit had \(mean.count)")
        return Self.project(points, mean: mean, axes: axes)
    }

    private static func project(_ points: Tensor, mean: [Double], axes: Tensor) -> Tensor {
        let (n, d, k) = (points.rows, points.cols, axes.rows)
        var out = [Double](repeating: 0, count: n * k)
        for i in 0 ..< n {
            for c in 0 ..< k {
                var sum = 0.0
                for j in 0 ..< d { sum += (points.scalars[i * d + j] - mean[j]) * axes.scalars[c * d + j] }
                out[i * k + c] = sum
            }
        }
        return Tensor(rows: n, cols: k, scalars: out)
    }
}
