import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// The pair family of the zoo against PML 2.9: every case of `pml-extra-pairs.json` (written by
/// `pml-extra-pairs.py` beside it) and every case of the family's classes in the shared zoo file.
@Suite struct PairZooFixturesTests {
    static let classes: Set = ["MarginLoss", "NCALoss", "SignalToNoiseRatioContrastiveLoss", "TupletMarginLoss",
                               "IntraPairVarianceLoss", "ThresholdConsistentMarginLoss"]

    /// The family's own fixture file, beside its script.
    static let extraPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/pml-extra-pairs.json").standardized.path

    static func expectPassing(_ checks: [FixtureCheck]) {
        for check in checks {
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
        }
    }

    @Test func extraCasesPass() throws {
        let report = try PMLFixtures(contentsOf: Self.extraPath).check()
        #expect(report.checks.count == 37)
        Self.expectPassing(report.checks)
    }

    /// Every extra case is one of the family's classes, alone or inside a wrapper, and each class has
    /// several.
    @Test func extraCasesCoverEveryClass() throws {
        let fixtures = try PMLFixtures(contentsOf: Self.extraPath)
        var counts: [String: Int] = [:]
        for c in try fixtures.cases.map({ try $0.get() }) {
            let inner = try c.loss.component("loss")?.className
            counts[inner ?? c.loss.className, default: 0] += 1
        }
        #expect(Set(counts.keys) == Self.classes)
        #expect(counts.values.allSatisfy { $0 >= 4 })
    }

    @Test func zooCasesPass() throws {
        let path = try #require(sharedFixturePath("pml-zoo-reference.json"))
        let cases = try PMLFixtures(contentsOf: path).cases.map { try $0.get() }.filter { Self.classes.contains($0.loss.className) }
        #expect(cases.map(\.index) == [0, 1, 2, 8, 9, 10, 12, 29])
        Self.expectPassing(cases.map { PMLFixtures.check($0) })
    }

    /// What PML does not compute as MetricLab would, or samples with torch's generator, is refused by name.
    @Test(arguments: [
        (#"{"loss": "MarginLoss", "kwargs": {"triplets_per_anchor": 3}}"#, "triplets_per_anchor"),
        (#"{"loss": "TupletMarginLoss", "kwargs": {"distance": {"class": "DotProductSimilarity", "kwargs": {}}}}"#, "TupletMarginLoss requires CosineSimilarity"),
        (#"{"loss": "TupletMarginLoss", "kwargs": {"reducer": {"class": "ClassWeightedReducer", "kwargs": {"weights": [1, 2]}}}}"#, "mis-shapes"),
        (#"{"loss": "ThresholdConsistentMarginLoss", "kwargs": {"distance": {"class": "LpDistance", "kwargs": {}}}}"#, "requires CosineSimilarity"),
        (#"{"loss": "SignalToNoiseRatioContrastiveLoss", "kwargs": {"distance": {"class": "LpDistance", "kwargs": {}}}}"#, "requires SNRDistance"),
        (#"{"loss": "NCALoss", "kwargs": {"temperature": 2}}"#, "temperature"),
    ])
    func unsupportedSettingsAreNamed(body: String, reason: String) throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[1, 0], [0, 1], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [\(body.dropLast()), "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]}]}
        """
        let fixtures = try PMLFixtures(text: json)
        let check = fixtures.check().checks[0]
        #expect(!check.passed)
        #expect(check.failure?.contains(reason) == true, "\(check.failure ?? "passed")")
    }

    /// MarginLoss has its β parameter only when it learns β: a fixed β needs none from the case.
    @Test func marginParametersFollowLearnBeta() throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[1, 0], [0, 1], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "MarginLoss", "kwargs": {"learn_beta": true, "num_classes": 2}, "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]},
                   {"loss": "MarginLoss", "kwargs": {"num_classes": 2}, "parameters": {"beta": [1, 1]}, "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]}]}
        """
        let fixtures = try PMLFixtures(text: json)
        let checks = fixtures.check().checks
        #expect(checks[0].failure == "parameters.beta is missing")
        #expect(checks[1].failure == "parameters.beta is not a parameter of the MetricLab mapping")
    }
}
