import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

@Suite struct FacilityLocationFixturesTests {
    private func referenceFixtures() throws -> FacilityLocationFixtures {
        let path = try #require(sharedFixturePath("fl-reference.json"))
        return try FacilityLocationFixtures(contentsOf: path)
    }

    @Test func everyReferenceCasePasses() throws {
        let report = try referenceFixtures().check(tolerance: 1e-6)
        #expect(report.checks.count == 14)
        for check in report.checks {
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
        }
    }

    @Test func referenceCasesAgreeFarBelowTheTolerance() throws {
        let report = try referenceFixtures().check(tolerance: 1e-9)
        let worst = report.checks.compactMap(\.worstError).max() ?? .nan
        #expect(worst <= 1e-9)
    }

    /// Larger batches (m 48–64, 2–8 dimensions) with every margin type, made by the search written
    /// literally in numpy with scikit-learn's scores (`Tests/Fixtures/fl-margins-sklearn.py`).
    @Test func everyMarginTypeMatchesScikitLearn() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fl-margins-sklearn.json").path
        let fixtures = try FacilityLocationFixtures(contentsOf: path)
        let report = fixtures.check(tolerance: 1e-9)
        #expect(Set(fixtures.cases.compactMap { try? $0.get().margin }) == Set(FacilityLocation.Margin.allCases))
        for check in report.checks {
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
        }
    }

    @Test func wrongReferenceMedoidsFailTheCase() throws {
        let text = #"""
        {"format": "facility-location", "cases": [{"name": "tiny", "embeddings": [[0, 0], [0, 1], [5, 5], [5, 6]],
         "labels": [0, 0, 1, 1], "margin_multiplier": 0.0, "loss": 0.0,
         "grad_embeddings": [[0, 0], [0, 0], [0, 0], [0, 0]], "predicted_medoids": [1, 2]}]}
        """#
        let root = FixtureField(try JSONValue.parse(Data(text.utf8), file: "tiny.json"), file: "tiny.json")
        let check = try #require(try FacilityLocationFixtures(root).check().checks.first)
        #expect(!check.passed)
        #expect(check.measurements.first { $0.label == "medoids ≠" }?.error == 1)
        #expect(check.measurements.first { $0.label == "value" }?.error == 0)
    }

    @Test func aBadFieldNamesTheCaseAndTheField() throws {
        let text = #"""
        {"format": "facility-location", "cases": [{"name": "broken", "embeddings": [[0, 0], [1, 1]],
         "labels": [0, 1, 2], "margin_multiplier": 1, "loss": 0, "grad_embeddings": [[0, 0], [0, 0]]}]}
        """#
        let root = FixtureField(try JSONValue.parse(Data(text.utf8), file: "bad.json"), file: "bad.json")
        let check = try #require(try FacilityLocationFixtures(root).check().checks.first)
        #expect(check.name == "broken")
        #expect(check.failure == "field labels: 3 labels for 2 embeddings")
    }
}
