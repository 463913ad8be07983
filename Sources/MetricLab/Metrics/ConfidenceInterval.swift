/// An interval that holds the true mean with probability `level` under repeated sampling:
/// the sample mean ± a half-width.
public struct ConfidenceInterval: Sendable, Equatable {
    /// The confidence level, e.g. 0.95.
    public let level: Double
    /// The sample mean, the interval's centre.
    public let mean: Double
    /// Half the interval's width.
    public let halfWidth: Double

    /// The interval mean ± halfWidth at `level`.
    public init(level: Double, mean: Double, halfWidth: Double) {
        self.level = level
        self.mean = mean
        self.halfWidth = halfWidth
    }

    /// The lower end.
    public var lower: Double { mean - halfWidth }
    /// The upper end.
    public var upper: Double { mean + halfWidth }

    /// Whether `value` lies in the interval (ends included); false when the interval is undefined.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}

extension ConfidenceInterval: CustomStringConvertible {
    /// "mean [lower, upper]" with three decimals.
    public var description: String { tableText(digits: 3) }
}
