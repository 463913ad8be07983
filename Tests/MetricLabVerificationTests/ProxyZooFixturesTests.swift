import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// P2SGrad, sub-centre ArcFace, instance, manifold and VICReg losses against PML 2.9: every case of
/// `Tests/Fixtures/pml-extra-proxyzoo.json` and every case of these classes in the zoo reference.
@Suite struct ProxyZooFixturesTests {
    static let classes = ["P2SGradLoss", "SubCenterArcFaceLoss", "InstanceLoss", "ManifoldLoss", "VICRegLoss"]
    static let extraPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pml-extra-proxyzoo.json").path

    /// Fails with every measurement of a check that does not pass.
    func expectPasses(_ check: FixtureCheck) {
        #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
    }

    @Test func everyExtraCasePasses() throws {
        let fixtures = try PMLFixtures(contentsOf: Self.extraPath)
        let report = fixtures.check(mappings: PMLMappings.proxyZoo)
        #expect(report.checks.count == 24)
        for check in report.checks { expectPasses(check) }
    }

    /// Each class has several cases, and together they span embedding sizes 2, 3, 8 and 16.
    @Test func extraCasesCoverEveryClassAndSize() throws {
        let cases = try PMLFixtures(contentsOf: Self.extraPath).cases.map { try $0.get() }
        for name in Self.classes {
            let mine = cases.filter { $0.loss.className == name }
            #expect(mine.count >= 4, "\(name): \(mine.count) cases")
            #expect(Set(mine.map(\.embeddings.cols)) == [2, 3, 8, 16], "\(name): sizes \(Set(mine.map(\.embeddings.cols)))")
        }
    }

    @Test(arguments: classes)
    func zooReferenceCasesPass(_ className: String) throws {
        let path = try #require(sharedFixturePath("pml-zoo-reference.json"))
        let cases = try PMLFixtures(contentsOf: path).cases.map { try $0.get() }.filter { $0.loss.className == className }
        #expect(!cases.isEmpty)
        for c in cases { expectPasses(PMLFixtures.check(c, mappings: PMLMappings.proxyZoo)) }
    }

    /// Keywords PML refuses, or that MetricLab cannot replay, are errors that name them.
    @Test(arguments: [
        (#"{"loss": "VICRegLoss", "kwargs": {"distance": {"class": "CosineSimilarity"}}, "refEmbeddings": [[1, 0], [0, 1], [1, 1]]"#, "distance"),
        (#"{"loss": "VICRegLoss", "kwargs": {"embedding_regularizer": {"class": "LpRegularizer"}}, "refEmbeddings": [[1, 0], [0, 1], [1, 1]]"#, "embedding_regularizer"),
        (#"{"loss": "VICRegLoss""#, "refEmbeddings"),
        (#"{"loss": "InstanceLoss", "kwargs": {"weight_regularizer": {"class": "LpRegularizer"}}"#, "weight_regularizer"),
        (#"{"loss": "InstanceLoss", "kwargs": {"distance": {"class": "DotProductSimilarity"}}"#, "CosineSimilarity"),
        (#"{"loss": "ManifoldLoss", "kwargs": {"l": 2, "K": 2}, "parameters": {"proxies": [[1, 0], [0, 1]]}"#, "indicesTuple"),
        (#"{"loss": "ManifoldLoss", "kwargs": {"l": 2, "K": 2, "lambdaC": -1}, "indicesTuple": [0, 1, 0], "parameters": {"proxies": [[1, 0], [0, 1]]}"#, "negative"),
        (#"{"loss": "ManifoldLoss", "kwargs": {"l": 3, "K": 2}, "indicesTuple": [0, 1, 0], "parameters": {"proxies": [[1, 0], [0, 1]]}"#, "columns"),
        (#"{"loss": "P2SGradLoss", "kwargs": {"descriptors_dim": 2, "num_classes": 2, "weight_init_func": "normal"}, "parameters": {"weight": [[1, 0], [0, 1]]}"#, "weight_init_func"),
        (#"{"loss": "SubCenterArcFaceLoss", "kwargs": {"num_classes": 2, "embedding_size": 2, "sub_centers": 0}, "parameters": {"W": [[1, 0], [0, 1]]}"#, "at least 1"),
    ])
    func refusedKeywordsAreNamed(_ body: String, _ named: String) throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[1, 0], [0, 1], [1, 1]], "labels": [0, 1, 1],
         "cases": [\(body), "value": 0, "gradient": [[0, 0], [0, 0], [0, 0]]}]}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proxyzoo-\(UUID()).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try #require(try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.proxyZoo).checks.first)
        #expect(!check.passed)
        #expect(check.failure?.contains(named) == true, "\(check.failure ?? "passed")")
    }
}
