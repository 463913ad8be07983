/// Per-feature centring and scaling fitted on one data set (the training split) and applied to
/// others (the test split), so that nothing about the test examples leaks into the features.
public struct Standardizer: Sendable, Equatable {
    /// Each feature's mean over the fitted examples.
    public let means: [Double]
    /// Each feature's standard deviation over the fitted examples (population, divided by n, as
    /// scikit-learn's StandardScaler), or 1 where the feature is constant, which is then only centred.
    public let deviations: [Double]

    /// The means and deviations of `data`'s features.
    public init(fittedOn data: Dataset) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard data.count > 0 else { fatalError("Standardizer: cannot fit on '\(data.name)', which has no examples") }
        let n = data.count, d = data.dimension, x = data.points.scalars
        var means = [Double](repeating: 0, count: d)
        for i in 0 ..< n { for j in 0 ..< d { means[j] += x[i * d + j] } }
        means = means.map { $0 / Double(n) }
        var squares = [Double](repeating: 0, count: d)
        for i in 0 ..< n {
            for j in 0 ..< d {
                let centred = x[i * d + j] - means[j]
                squares[j] += centred * centred
            }
        }
        // A constant feature (a digit pixel that is always blank) would divide by zero.
        self.means = means
        deviations = squares.map { $0 > 0 ? ($0 / Double(n)).squareRoot() : 1 }
    }
}
