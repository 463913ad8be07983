import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// The ranking family against PML: its cases in the zoo reference file and every case of
/// `Tests/Fixtures/pml-extra-ranking.json` (written by `pml-extra-ranking.py`), through the family's
/// mappings exactly as `metriclab verify` checks them.
@Suite struct RankingFixturesTests {
    static let classes = ["FastAPLoss", "HistogramLoss", "SmoothAPLoss", "PNPLoss", "DynamicSoftMarginLoss"]

    static var extraPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pml-extra-ranking.json").path
    }

    func checks(_ path: String) throws -> [FixtureCheck] {
        try PMLFixtures(contentsOf: path).cases.map { try $0.get() }.filter { Self.classes.contains($0.loss.className) }
            .map { PMLFixtures.check($0, mappings: PMLMappings.ranking) }
    }

    func expectPassing(_ checks: [FixtureCheck]) {
        for check in checks {
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
        }
    }

    @Test func zooReferenceCasesPass() throws {
        let checks = try checks(try #require(sharedFixturePath("pml-zoo-reference.json")))
        #expect(checks.count == 6)
        expectPassing(checks)
    }

    @Test func extraCasesPass() throws {
        let checks = try checks(Self.extraPath)
        #expect(checks.count == 29)
        #expect(Set(checks.map { $0.name.split(separator: "(").last!.dropLast() }) == Set(Self.classes.map { Substring($0) }))
        expectPassing(checks)
    }

    /// A kwarg PML rejects, or one MetricLab cannot reproduce, fails its case with a message naming it.
    @Test(arguments: [
        (#""loss": "PNPLoss", "kwargs": {"variant": "Dx"}"#, "'Dx' is not one of Dq, Ds, Ib, Iu, O"),
        (#""loss": "HistogramLoss", "kwargs": {"n_bins": 10, "delta": 0.1}"#, "n_bins and delta must satisfy delta = 2/n_bins"),
        (#""loss": "HistogramLoss", "kwargs": {"distance": {"class": "LpDistance"}}"#, "HistogramLoss bins similarities in [−1, 1]"),
        (#""loss": "FastAPLoss", "kwargs": {"distance": {"class": "CosineSimilarity"}}"#, "requires LpDistance(p=2, normalize_embeddings=True)"),
        (#""loss": "DynamicSoftMarginLoss", "kwargs": {"distance": {"class": "LpDistance", "kwargs": {"normalize_embeddings": false}}}"#,
         "requires LpDistance(p=2, normalize_embeddings=True)"),
        (#""loss": "SmoothAPLoss", "kwargs": {"distance": {"class": "DotProductSimilarity"}}"#, "SmoothAPLoss requires CosineSimilarity"),
        (#""loss": "PNPLoss", "miner": {"class": "BatchHardMiner"}"#, "takes no mined tuples"),
        (#""loss": "SmoothAPLoss", "kwargs": {"tau": 0.1}"#, "tau"),
    ])
    func badKeywordsAreNamed(_ body: String, _ message: String) throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{\(body), "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]}]}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ranking-\(UUID()).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try #require(try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.ranking).checks.first)
        #expect(!check.passed)
        #expect(check.failure?.contains(message) == true, "\(check.failure ?? "passed")")
    }

    /// Both n_bins and delta, when they agree, and PML's reducers, which pass an already reduced
    /// value through, map to the same loss as n_bins alone.
    @Test func consistentBinsAndReducersMap() throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "HistogramLoss", "kwargs": {"n_bins": 8, "delta": 0.25, "reducer": {"class": "SumReducer"}},
                    "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]}]}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ranking-\(UUID()).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try #require(try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.ranking).checks.first)
        #expect(check.subject == "HistogramLoss(delta: 0.25, distance: CosineSimilarity())")
    }
}
