import Foundation
import MetricLab

/// A fixture file of facility-location reference values (`"format": "facility-location"`), and the
/// check of every case against `FacilityLocation`.
///
/// Each case gives a batch, γ, PAM on or off (and optionally `margin_type`: nmi, ami, ari, vmeasure),
/// and TensorFlow's loss and gradient; optional fields are compared too: `predicted_medoids`,
/// `greedy_medoids`, `oracle_medoids`, `assignment`, `facility_energy_pred` (F), `oracle_score` (F̃),
/// `nmi` or `clustering_score` (the score of the case's margin type, TensorFlow's
/// `clustering_score_pred`), `nmi_margin` (Δ) and `hinge_argument`. `m`, `dim` and `num_classes`,
/// when present, must agree with the embeddings and labels.
///
/// The loss is reported as `value`. Values and gradients must agree to the tolerance; medoid lists
/// and assignments exactly: their measurement is the number of differing entries.
public struct FacilityLocationFixtures: Sendable {
    /// The format name this reader accepts.
    public static let format = "facility-location"

    /// The file the fixtures came from.
    public let file: String
    /// The file's description of its conventions.
    public let about: String?
    /// The cases in file order; a case that cannot be read is kept as its error.
    public let cases: [Result<FacilityLocationCase, FixtureError>]

    /// Reads a fixture file.
    public init(contentsOf path: String) throws {
        try self.init(FixtureField.root(ofFileAt: path))
    }

    /// Reads fixtures from a parsed file; the `format` field must be "facility-location".
    public init(_ root: FixtureField) throws {
        file = root.file
        try root.requireFormat(Self.format)
        about = try root.optionalField("about")?.string()
        cases = try root.field("cases").elements().enumerated().map { index, field in
            Result { try FacilityLocationCase(field, index: index) }
                .mapError { $0 as? FixtureError ?? field.error("\($0)") }
        }
    }

    /// Checks every case.
    public func check(tolerance: Double = 1e-6) -> FixtureReport {
        let checks = cases.enumerated().map { index, parsed in
            switch parsed {
            case .success(let c): Self.check(c, tolerance: tolerance)
            case .failure(let error): FixtureCheck(name: error.place ?? "case \(index)",
                                                   failure: error.message(withField: true), tolerance: tolerance)
            }
        }
        return FixtureReport(file: file, format: Self.format, checks: checks)
    }

    /// Runs one case and compares every given quantity with the reference.
    public static func check(_ c: FacilityLocationCase, tolerance: Double = 1e-6) -> FixtureCheck {
        let loss = c.facilityLocation
        let inference = loss.inference(c.embeddings, labels: c.labels)
        let (value, gradients) = valueWithGradient(at: [c.embeddings]) { x in loss.loss(x[0], given: inference) }
        var measurements = [FixtureCheck.Measurement("value", error: abs(value - c.loss)),
                            .init("∂embeddings", error: maxAbsDifference(gradients[0], c.gradient))]
        func compare(_ label: String, _ mine: Double, _ reference: Double?) {
            if let reference { measurements.append(.init(label, error: abs(mine - reference))) }
        }
        func compare(_ label: String, _ mine: [Int], _ reference: [Int]?) {
            guard let reference else { return }
            let differing = zip(mine, reference).filter { $0 != $1 }.count + abs(mine.count - reference.count)
            measurements.append(.init(label, error: Double(differing)))
        }
        compare("F", inference.facilityEnergy, c.facilityEnergy)
        compare("F̃", inference.oracleScore, c.oracleScore)
        compare(c.margin.rawValue, inference.clusteringScore, c.clusteringScore)
        compare("Δ", inference.margin, c.structuredMargin)
        compare("hinge", inference.hingeArgument, c.hingeArgument)
        compare("medoids ≠", inference.medoids, c.medoids)
        compare("greedy medoids ≠", inference.greedyMedoids, c.greedyMedoids)
        compare("oracle medoids ≠", inference.oracleMedoids, c.oracleMedoids)
        compare("assignment ≠", inference.assignment, c.assignment)
        let subject = "FacilityLocation(γ: \(c.marginMultiplier), \(c.refinement), \(c.margin))"
        return FixtureCheck(name: c.name, subject: subject, measurements: measurements, tolerance: tolerance)
    }
}
