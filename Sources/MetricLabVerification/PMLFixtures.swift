import Foundation
import MetricLab

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

    /// Checks every case with `mappings` and `miners`, and every metric with `metricChecks`.
    public func check(mappings: [String: PMLMapping] = PMLMappings.all, miners: [String: PMLMinerMapping] = PMLMiners.all,
                      metricChecks: [String: PMLMetricCheck] = PMLMetricChecks.all,
                      tolerance: Double = 1e-6) -> FixtureReport {
        var checks = cases.enumerated().map { index, parsed in
            switch parsed {
            case .success(let c): Self.check(c, mappings: mappings, miners: miners, tolerance: tolerance)
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

    /// Computes one case with its mapping and compares the value and every gradient with PML's.
    public static func check(_ c: PMLCase, mappings: [String: PMLMapping] = PMLMappings.all,
                             miners: [String: PMLMinerMapping] = PMLMiners.all, tolerance: Double = 1e-6) -> FixtureCheck {
        var subject = ""
        do {
            let mapped = try PMLMappings.loss(for: c.loss, in: c, mappings: mappings)
            var loss = mapped.loss
            if let spec = c.miner { loss = mined(loss, by: try PMLMiners.miner(for: spec, mappings: miners)) }
            subject = describe(loss)
            try c.expectParameters(named: mapped.parameters.map(\.pmlName))
            let parameters = try c.lossParameters(mapped.parameters)
            try c.expectShapes(of: parameters, for: loss)
            let tuples = try c.indexTuples()
            // Cross-batch memory: the earlier calls fill the memory; the last is the one compared.
            let calls = c.batches ?? [Array(0 ..< c.embeddings.rows)]
            guard let last = calls.last else { throw c.error("batches is empty") }
            for rows in calls.dropLast() {
                loss = loss.advanced(past: LossBatch(c.embeddings.gatherRows(rows), labels: rows.map { c.labels[$0] }))
            }
            let references = c.refEmbeddings.map { [$0] } ?? []
            let points = [c.embeddings] + references + parameters.tensors
            let (value, gradients) = try valueWithGradient(at: points) { x in
                let embeddings = c.batches == nil ? x[0] : x[0].gatherRows(last)
                var batch = c.refEmbeddings == nil ? LossBatch(embeddings, labels: last.map { c.labels[$0] })
                                                   : LossBatch(views: embeddings, x[1])
                batch.tuples = tuples
                return try loss(batch, parameters: parameters.replacing(Array(x[(1 + references.count)...])))
            }
            var measurements = [FixtureCheck.Measurement("value", error: Swift.abs(value - c.value)),
                                .init("∂embeddings", error: maxAbsDifference(gradients[0], c.gradient))]
            if let refGradient = c.refGradient {
                measurements.append(.init("∂refEmbeddings", error: maxAbsDifference(gradients[1], refGradient)))
            }
            for (k, p) in mapped.parameters.enumerated() {
                guard let reference = c.parameterGradients[p.pmlName] else { continue }
                let g = gradients[1 + references.count + k]
                measurements.append(.init("∂\(p.pmlName)", error: maxAbsDifference(p.transposed ? g.transposed() : g, reference)))
            }
            return FixtureCheck(name: c.label, subject: subject, measurements: measurements, tolerance: tolerance)
        } catch {
            let message = (error as? FixtureError)?.message(withField: true) ?? "\(error)"
            return FixtureCheck(name: c.label, subject: subject, failure: message, tolerance: tolerance)
        }
    }

    private static func mined<L: Loss>(_ loss: L, by miner: any Miner) -> any Loss { loss.mined(by: miner) }

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
    /// The case's parameters as the loss's named parameters, in the mapping's order.
    func lossParameters(_ mapped: [PMLParameter]) throws -> LossParameters {
        LossParameters(try mapped.map { p in
            guard let value = parameters[p.pmlName] else { throw origin.error("parameters.\(p.pmlName) is missing") }
            return (p.name, p.transposed ? value.transposed() : value)
        })
    }

    /// Fails when the case gives a parameter the mapping does not pass to the loss.
    func expectParameters(named names: [String]) throws {
        if let extra = parameters.keys.sorted().first(where: { !names.contains($0) }) {
            throw origin.error("parameters.\(extra) is not a parameter of the MetricLab mapping")
        }
    }

    /// Fails when the parameters' shapes differ from those the loss makes for itself.
    func expectShapes(of given: LossParameters, for loss: any Loss) throws {
        var rng = RNG(seed: 0)
        let made = loss.makeParameters(embeddingSize: embeddings.cols, classes: try classCount(), using: &rng)
        for (name, g) in given.entries {
            guard let m = made[name] else { throw origin.error("the loss has no parameter \(name)") }
            guard m.rows == g.rows, m.cols == g.cols else {
                throw origin.error("\(name) is \(g.rows)×\(g.cols), the loss expects \(m.rows)×\(m.cols)")
            }
        }
        if let missing = made.entries.first(where: { given[$0.name] == nil }) {
            throw origin.error("the loss needs \(missing.name), which the case does not give")
        }
    }

    /// The class count: PML's `num_classes` kwarg when given (not null), else one more than the largest label.
    private func classCount() throws -> Int {
        guard let field = loss.kwargs["num_classes"], field.value != .null else { return (labels.max() ?? -1) + 1 }
        return try field.integer()
    }
}

extension FixtureError {
    /// The message, prefixed by the field when there is one: for a report row that already names the case.
    func message(withField: Bool) -> String {
        guard withField, let field else { return message }
        return "field \(field): \(message)"
    }
}
