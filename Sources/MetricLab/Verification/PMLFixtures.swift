import Foundation

/// A fixture file of pytorch-metric-learning reference values (`"format": "pytorch-metric-learning"`),
/// and the check of every case against the MetricLab loss it maps to.
///
/// Each case names a PML loss class, its kwargs (PML's defaults apply to absent ones), an optional
/// miner, the loss's parameters, and PML's value and gradients; a case may carry its own
/// `embeddings` and `labels`, otherwise the file's apply. The `metrics` section gives retrieval and
/// clustering scores of one embedding (see `PMLMetricsSection`).
public struct PMLFixtures: Sendable {
    /// The format name this reader accepts.
    public static let format = "pytorch-metric-learning"

    /// The file the fixtures came from.
    public let file: String
    /// The file's description of how the references were made.
    public let about: String?
    /// The cases in file order; a case that cannot be read is kept as its error.
    public let cases: [Result<PMLCase, FixtureError>]
    /// The reference metrics, when the file has a `metrics` section.
    public let metrics: Result<PMLMetricsSection, FixtureError>?

    /// Reads a fixture file.
    public init(contentsOf path: String) throws {
        try self.init(FixtureField.root(ofFileAt: path))
    }

    /// Reads fixtures from a parsed file; the `format` field must be "pytorch-metric-learning".
    public init(_ root: FixtureField) throws {
        file = root.file
        try root.requireFormat(Self.format)
        about = try root.optionalField("about")?.string()
        let embeddings = try root.optionalField("embeddings")?.matrix()
        let labels = try root.optionalField("labels")?.integers()
        cases = try root.field("cases").elements().enumerated().map { index, field in
            Result { try PMLCase(field, index: index, embeddings: embeddings, labels: labels) }
                .mapError { $0 as? FixtureError ?? field.error("\($0)") }
        }
        metrics = try root.optionalField("metrics").map { field in
            Result { try PMLMetricsSection(field.rooted(at: "metrics")) }
                .mapError { $0 as? FixtureError ?? field.error("\($0)") }
        }
    }

    /// Checks every case with `mappings` and every metric with `metricChecks`.
    public func check(mappings: [String: PMLMapping] = PMLMappings.all,
                      metricChecks: [String: PMLMetricCheck] = PMLMetricChecks.all,
                      tolerance: Double = 1e-6) -> FixtureReport {
        var checks = cases.enumerated().map { index, parsed in
            switch parsed {
            case .success(let c): Self.check(c, mappings: mappings, tolerance: tolerance)
            case .failure(let error): FixtureCheck(name: error.place ?? "case \(index)", failure: error.message(withField: true), tolerance: tolerance)
            }
        }
        switch metrics {
        case .success(let section): checks += section.check(with: metricChecks, tolerance: tolerance)
        case .failure(let error): checks.append(FixtureCheck(name: "metrics", failure: error.message(withField: true), tolerance: tolerance))
        case nil: break
        }
        return FixtureReport(file: file, format: Self.format, checks: checks)
    }

    /// Computes one case with its mapping and compares value and gradients with PML's.
    public static func check(_ c: PMLCase, mappings: [String: PMLMapping] = PMLMappings.all,
                             tolerance: Double = 1e-6) -> FixtureCheck {
        guard let mapping = mappings[c.loss.className] else {
            return FixtureCheck(name: c.label, failure: "no MetricLab mapping for \(c.loss.className)", tolerance: tolerance)
        }
        let loss: any Loss
        let parameters: [Tensor]
        do {
            loss = try mapping.makeLoss(c)
            parameters = try mapping.parameters.map { try c.parameter($0) }
            try c.expectParameters(named: mapping.parameters.map(\.name))
            try c.expectShapes(of: parameters, for: loss)
        } catch {
            let message = (error as? FixtureError)?.message(withField: true) ?? "\(error)"
            return FixtureCheck(name: c.label, failure: message, tolerance: tolerance)
        }
        let (value, gradients) = valueWithGradient(at: [c.embeddings] + parameters) { x in
            loss(x[0], labels: c.labels, parameters: Array(x.dropFirst()))
        }
        var measurements = [FixtureCheck.Measurement("value", error: Swift.abs(value - c.value)),
                            .init("∂embeddings", error: maxAbsDifference(gradients[0], c.gradient))]
        for (k, p) in mapping.parameters.enumerated() {
            guard let reference = c.parameterGradients[p.name] else { continue }
            let g = p.transposed ? gradients[k + 1].transposed() : gradients[k + 1]
            measurements.append(.init("∂\(p.name)", error: maxAbsDifference(g, reference)))
        }
        return FixtureCheck(name: c.label, subject: describe(loss), measurements: measurements, tolerance: tolerance)
    }

    /// A loss's description for report tables: its fields, without module and type prefixes.
    static func describe(_ loss: any Loss) -> String {
        var text = String(describing: loss)
        for (pattern, replacement) in [(#"MetricLab\."#, ""), (#"\b(?:[A-Za-z]\w*\.)+(?=[a-z])"#, ""), (#"Optional\((.*?)\)"#, "$1")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}

/// The largest absolute difference between two tensors of one shape (NaN if any entry is NaN).
func maxAbsDifference(_ a: Tensor, _ b: Tensor) -> Double {
    guard a.rows == b.rows, a.cols == b.cols else { return .infinity }
    return zip(a.scalars, b.scalars).reduce(0.0) { worst, pair in
        let e = Swift.abs(pair.0 - pair.1)
        return e.isNaN || worst.isNaN ? .nan : Swift.max(worst, e)
    }
}

extension PMLCase {
    /// A PML parameter in the layout the MetricLab loss reads.
    func parameter(_ p: PMLParameter) throws -> Tensor {
        guard let value = parameters[p.name] else { throw origin.error("parameters.\(p.name) is missing") }
        return p.transposed ? value.transposed() : value
    }

    /// Fails when the case gives a parameter the mapping does not pass to the loss.
    func expectParameters(named names: [String]) throws {
        if let extra = parameters.keys.sorted().first(where: { !names.contains($0) }) {
            throw origin.error("parameters.\(extra) is not a parameter of the MetricLab mapping")
        }
    }

    /// Fails when the parameters' shapes differ from those the loss makes for itself.
    func expectShapes(of given: [Tensor], for loss: any Loss) throws {
        var rng = RNG(seed: 0)
        let classes = try classCount()
        let made = loss.makeParameters(embeddingSize: embeddings.cols, classes: classes, using: &rng)
        guard made.count == given.count else {
            throw origin.error("the loss has \(made.count) parameters, the mapping passes \(given.count)")
        }
        for (k, (m, g)) in zip(made, given).enumerated() where m.rows != g.rows || m.cols != g.cols {
            throw origin.error("parameter \(k) is \(g.rows)×\(g.cols), the loss expects \(m.rows)×\(m.cols)")
        }
    }

    /// The class count: PML's `num_classes` kwarg when given, else one more than the largest label.
    private func classCount() throws -> Int {
        try loss.integer("num_classes", default: (labels.max() ?? -1) + 1)
    }
}

extension FixtureError {
    /// The message, prefixed by the field when there is one: for a report row that already names the case.
    func message(withField: Bool) -> String {
        guard withField, let field else { return message }
        return "field \(field): \(message)"
    }
}
