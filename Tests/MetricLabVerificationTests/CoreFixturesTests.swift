import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// The first fixture file's losses and PML's wrappers, reducers, regularizers and distances against
/// PML 2.9: every case of `Tests/Fixtures/pml-extra-core.json`, and the zoo reference's cases of
/// wrappers, reducers, regularizers and distances.
@Suite struct CoreFixturesTests {
    static let extraPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pml-extra-core.json").path

    func expectPasses(_ check: FixtureCheck) {
        #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
    }

    @Test func everyExtraCasePasses() throws {
        let report = try PMLFixtures(contentsOf: Self.extraPath).check()
        #expect(report.checks.count == 137)
        for check in report.checks { expectPasses(check) }
    }

    /// The extra cases reach every reducer, regularizer, distance and wrapper PML has.
    @Test func extraCasesCoverEveryPart() throws {
        let text = try String(contentsOfFile: Self.extraPath, encoding: .utf8)
        for part in ["PerAnchorReducer", "ClassWeightedReducer", "ThresholdReducer", "SumReducer", "MeanReducer", "AvgNonZeroReducer",
                     "LpRegularizer", "ZeroMeanRegularizer", "RegularFaceRegularizer", "CenterInvariantRegularizer",
                     "SparseCentersRegularizer", "SNRDistance", "DotProductSimilarity", "CosineSimilarity", "LpDistance",
                     "SelfSupervisedLoss", "CrossBatchMemory", "MultipleLosses", "MultipleReducers", "DivisorReducer"] {
            #expect(text.contains("\"\(part)\""), "\(part)")
        }
    }

    /// Zoo cases 18, 19 and 25–37: the wrappers, the reducers, the regularizers and the distances.
    @Test func zooCasesOfThePartsPass() throws {
        let path = try #require(sharedFixturePath("pml-zoo-reference.json"))
        let cases = try PMLFixtures(contentsOf: path).cases.map { try $0.get() }
        for c in cases where [18, 19].contains(c.index) || (25 ... 37).contains(c.index) {
            expectPasses(PMLFixtures.check(c))
        }
    }
}
