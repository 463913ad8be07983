/// The mean and spread of repeated measurements (one score per seed, per draw of the data):
/// `Summary(runs.map(\.final.nmi))` prints in a table as "0.912 ± 0.034".
///
/// The standard deviation is the sample one, with n − 1 in the denominator (Bessel's correction),
/// since the values are a few draws from a larger population of seeds; it is NaN for fewer than
/// two values, where no spread can be estimated, and the mean is NaN for none.
public struct Summary: Sendable, Equatable {
    /// The number of values.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The sample standard deviation, √(Σ(x − mean)² / (n − 1)).
    public let standardDeviation: Double

    /// Summarises `values`.
    public init(_ values: some Sequence<Double>) {
        let values = Array(values)
        count = values.count
        let mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        self.mean = mean
        let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        standardDeviation = values.count < 2 ? .nan : (squares / Double(values.count - 1)).squareRoot()
    }

    /// The standard error of the mean, standardDeviation / √n.
    public var standardError: Double { standardDeviation / Double(count).squareRoot() }
}

extension Summary: CustomStringConvertible {
    /// "mean ± standard deviation" with three decimals.
    public var description: String { tableText(digits: 3) }
}
