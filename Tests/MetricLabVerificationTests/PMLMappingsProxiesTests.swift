import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// The cases of `shared/fixtures/pml-reference.json` whose PML class is `className`, checked
/// through this group's mappings exactly as `metriclab verify` checks them.
func proxyGroupChecks(_ className: String) throws -> [FixtureCheck] {
    let path = try #require(sharedFixturePath("pml-reference.json"))
    let fixtures = try PMLFixtures(contentsOf: path)
    return try fixtures.cases.map { try $0.get() }.filter { $0.loss.className == className }
        .map { PMLFixtures.check($0, mappings: PMLMappings.proxies) }
}

@Suite struct PMLMappingsProxiesTests {
    /// Every case of the group's classes in the reference file is mapped and within 1e-6.
    @Test(arguments: ["MultiSimilarityLoss", "CircleLoss", "ProxyNCALoss", "ProxyAnchorLoss", "SoftTripleLoss"])
    func referenceCasesPass(_ className: String) throws {
        let checks = try proxyGroupChecks(className)
        #expect(!checks.isEmpty)
        for check in checks {
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
        }
    }

    /// The mined multi-similarity case runs PML's MultiSimilarityMiner, the other one no miner.
    @Test func multiSimilarityCasesMapTheirMiner() throws {
        let subjects = try proxyGroupChecks("MultiSimilarityLoss").map(\.subject)
        #expect(subjects.count == 2)
        #expect(subjects.contains { !$0.contains("Mined") })
        #expect(subjects.contains { $0.contains("Mined") && $0.contains("MultiSimilarityMiner(epsilon: 0.1") })
    }

    /// Keywords without a MetricLab counterpart are errors naming the case and the keyword.
    @Test func unsupportedKeywordsAreNamed() throws {
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[1, 0], [0, 1]], "labels": [0, 1], "cases": [
          {"loss": "ProxyAnchorLoss", "kwargs": {"num_classes": 2, "embedding_size": 2, "weight_regularizer": "L2"},
           "parameters": {"proxies": [[1, 0], [0, 1]]}, "value": 0, "gradient": [[0, 0], [0, 0]]},
          {"loss": "CircleLoss", "miner": {"class": "TripletMarginMiner", "kwargs": {"tripletsPerAnchor": 3}}, "value": 0, "gradient": [[0, 0], [0, 0]]}]}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proxies-\(UUID()).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.proxies)
        #expect(report.checks.map(\.passed) == [false, false])
        #expect(report.checks[0].failure?.contains("weight_regularizer") == true)
        #expect(report.checks[1].failure?.contains("tripletsPerAnchor") == true)
    }

    /// RankedListLoss(margin: 0.4, Tn: 10) weighs L_P and L_N by 1 − ι = ι = 0.5, puts α at
    /// 1 + m/2 = 1.2, and adds 10⁻⁵ per entry of a row (4 here) to each denominator, as PML does.
    @Test func rankedListTakesPMLWeightsAndBoundary() throws {
        let (alpha, inner, t, slack) = (1.2, 0.8, 10.0, 4e-5), d12 = 1.25.squareRoot()
        func negatives(_ d: [Double]) -> Double {
            let w = d.map { exp(t * (alpha - $0)) }
            return zip(w, d).reduce(0) { $0 + $1.0 * (alpha - $1.1) } / (w.reduce(0, +) + slack)
        }
        func positive(_ d: Double) -> Double { (d - inner) / (1 + slack) }
        let anchors = [0.5 * positive(1) + 0.5 * negatives([0.5]), 0.5 * positive(1) + 0.5 * negatives([d12]),
                       0.5 * positive(2.5) + 0.5 * negatives([0.5, d12]), 0.5 * positive(2.5)]
        let expected = anchors.reduce(0, +) / 4
        let json = """
        {"format": "pytorch-metric-learning", "embeddings": [[0, 0], [1, 0], [0, 0.5], [0, 3]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "RankedListLoss", "kwargs": {"margin": 0.4, "Tn": 10,
                    "distance": {"class": "LpDistance", "kwargs": {"normalize_embeddings": false}}},
                    "value": \(expected), "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]},
                   {"loss": "RankedListLoss", "kwargs": {"margin": 0.4}, "value": 0, "gradient": [[0, 0], [0, 0], [0, 0], [0, 0]]}]}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ranked-\(UUID()).json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.proxies)
        let value = try #require(report.checks[0].measurements.first { $0.label == "value" })
        #expect(value.error < 1e-12)
        #expect(report.checks[1].failure?.contains("Tn") == true)
    }

    /// A `reducer` keyword reaches the loss: the reference multi-similarity case with PML's
    /// SumReducer is the batch size times its mean, value and gradient alike.
    @Test func reducerKeywordIsMapped() throws {
        let source = try #require(sharedFixturePath("pml-reference.json"))
        var root = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: source))) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        var c = try #require(cases.first { $0["loss"] as? String == "MultiSimilarityLoss" && $0["miner"] is NSNull })
        let n = Double(try #require(root["labels"] as? [Int]).count)
        c["kwargs"] = ["reducer": ["class": "SumReducer"]]
        c["value"] = n * (try #require(c["value"] as? Double))
        c["gradient"] = try #require(c["gradient"] as? [[Double]]).map { $0.map { n * $0 } }
        root["cases"] = [c]
        root["metrics"] = nil
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reducer-\(UUID()).json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try PMLFixtures(contentsOf: path).check(mappings: PMLMappings.proxies).checks[0]
        #expect(check.passed, "\(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
    }
}
