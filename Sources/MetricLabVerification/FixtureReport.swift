import MetricLab

/// The result of checking one case (or one metric) of a fixture file against MetricLab.
public struct FixtureCheck: Sendable {
    /// One compared quantity and its absolute error.
    public struct Measurement: Sendable {
        /// What was compared: `value`, `∂embeddings`, `∂W`, …
        public let label: String
        /// The largest absolute difference from the reference.
        public let error: Double

        /// A compared quantity and its error.
        public init(_ label: String, error: Double) {
            self.label = label
            self.error = error
        }
    }

    /// The case as the fixture names it: `case 3 (TripletMarginLoss)`, `metrics: r_precision`.
    public let name: String
    /// What MetricLab computed it with (a loss's description, a metric's name); empty when unmapped.
    public let subject: String
    /// The errors of the value and of each gradient.
    public let measurements: [Measurement]
    /// Why the case could not be computed (no mapping, bad field), if so.
    public let failure: String?
    /// The largest error allowed.
    public let tolerance: Double

    /// A case that was computed and compared.
    public init(name: String, subject: String, measurements: [Measurement], tolerance: Double) {
        self.name = name
        self.subject = subject
        self.measurements = measurements
        self.failure = nil
        self.tolerance = tolerance
    }

    /// A case that could not be computed: always a failure.
    public init(name: String, subject: String = "", failure: String, tolerance: Double) {
        self.name = name
        self.subject = subject
        self.measurements = []
        self.failure = failure
        self.tolerance = tolerance
    }

    /// Whether every error is within the tolerance (a NaN error never is).
    public var passed: Bool { failure == nil && measurements.allSatisfy { $0.error <= tolerance } }

    /// The largest error, or nil when nothing was compared.
    public var worstError: Double? {
        measurements.map(\.error).reduce(nil) { worst, e in e.isNaN || worst?.isNaN == true ? .nan : Swift.max(worst ?? 0, e) }
    }
}

/// The checks of one fixture file.
public struct FixtureReport: Sendable {
    /// The fixture file.
    public let file: String
    /// The file's `format` field.
    public let format: String
    /// One check per case, then one per metric.
    public let checks: [FixtureCheck]

    /// A report of checks on a file.
    public init(file: String, format: String, checks: [FixtureCheck]) {
        self.file = file
        self.format = format
        self.checks = checks
    }

    /// Whether every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }

    /// The checks that failed.
    public var failures: [FixtureCheck] { checks.filter { !$0.passed } }
}
