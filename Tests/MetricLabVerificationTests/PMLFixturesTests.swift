import Foundation
import MetricLab
@testable import MetricLabVerification
import MetricLabTestSupport
import Testing

@Suite struct PMLFixturesTests {
    /// The shared reference file.
    static let reference = Result {
        try PMLFixtures(contentsOf: sharedFixturePath("pml-reference.json") ?? "shared/fixtures/pml-reference.json")
    }

    /// A one-case file around a case body.
    func file(case body: String) -> String {
        """
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [\(body)]}
        """
    }

    @Test(arguments: ["ContrastiveLoss", "TripletMarginLoss", "LiftedStructureLoss",
                      "GeneralizedLiftedStructureLoss", "NPairsLoss", "AngularLoss"])
    func referenceCasesPass(className: String) throws {
        let fixtures = try Self.reference.get()
        let cases = try fixtures.cases.map { try $0.get() }.filter { $0.loss.className == className }
        #expect(!cases.isEmpty)
        for c in cases {
            let check = PMLFixtures.check(c, mappings: PMLMappings.pairs)
            #expect(check.passed, "\(check.name): \(check.failure ?? "") \(check.measurements.map { "\($0.label) \($0.error)" })")
            #expect(check.measurements.map(\.label) == ["value", "∂embeddings"])
        }
    }

    @Test func everyReferenceCaseParses() throws {
        let fixtures = try Self.reference.get()
        #expect(fixtures.cases.count == 20)
        for parsed in fixtures.cases { #expect(throws: Never.self) { try parsed.get() } }
    }

    @Test func unmappedCaseFails() throws {
        let fixtures = try PMLFixtures(text: file(case: #"{"loss": "FancyLoss", "value": 1, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#))
        let report = fixtures.check(mappings: PMLMappings.pairs)
        #expect(!report.passed)
        #expect(report.checks[0].failure == "no MetricLab mapping for FancyLoss")
    }

    /// A wrong value fails the check and reports its error.
    @Test func wrongValueFails() throws {
        let body = #"{"loss": "ContrastiveLoss", "kwargs": {"distance": {"class": "LpDistance", "kwargs": {"normalize_embeddings": false}}}, "value": 5, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#
        let check = try PMLFixtures(text: file(case: body)).check(mappings: PMLMappings.pairs).checks[0]
        #expect(!check.passed)
        // Positive pairs at √2 and √5, all violating m⁺ = 0; negatives at 1, √2, 1, 2, none below m⁻ = 1.
        #expect(abs(check.measurements[0].error - (5 - (2.squareRoot() + 5.squareRoot()) / 2)) < 1e-12)
    }

    @Test func missingFieldNamesCaseAndField() throws {
        let fixtures = try PMLFixtures(text: file(case: #"{"loss": "ContrastiveLoss", "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#))
        guard case .failure(let error) = fixtures.cases[0] else { Issue.record("case parsed"); return }
        #expect(error.description == "test.json: case 0 (ContrastiveLoss): field value: missing")
    }

    @Test func wrongKwargTypeNamesTheField() throws {
        let body = #"{"loss": "ContrastiveLoss", "kwargs": {"neg_margin": "wide"}, "value": 1, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#
        let check = try PMLFixtures(text: file(case: body)).check(mappings: PMLMappings.pairs).checks[0]
        #expect(check.failure == "field kwargs.neg_margin: expected a number, found a string")
    }

    @Test func unknownKwargIsRefused() throws {
        let body = #"{"loss": "TripletMarginLoss", "kwargs": {"margin": 0.1, "temperature": 2}, "value": 1, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#
        let check = try PMLFixtures(text: file(case: body)).check(mappings: PMLMappings.pairs).checks[0]
        #expect(check.failure == "field kwargs.temperature: TripletMarginLoss keyword not supported by the MetricLab mapping")
    }

    /// `collect_stats` changes nothing PML computes, so any mapping accepts it.
    @Test func collectStatsIsAccepted() throws {
        let body = #"{"loss": "TripletMarginLoss", "kwargs": {"collect_stats": true}, "miner": {"class": "TripletMarginMiner", "kwargs": {"collect_stats": false}}, "value": 0, "gradient": [[0,0],[0,0],[0,0],[0,0]]}"#
        let check = try PMLFixtures(text: file(case: body)).check(mappings: PMLMappings.pairs).checks[0]
        #expect(check.failure == nil)
    }

    @Test func badGradientShapeNamesTheField() throws {
        let fixtures = try PMLFixtures(text: file(case: #"{"loss": "ContrastiveLoss", "value": 1, "gradient": [[0,0],[0,0]]}"#))
        guard case .failure(let error) = fixtures.cases[0] else { Issue.record("case parsed"); return }
        #expect(error.field == "gradient" && error.message == "shape 2×2, the input is 4×2")
    }

    @Test func wrongFormatIsAnError() {
        #expect(throws: FixtureError.self) { try PMLFixtures(text: #"{"format": "facility-location", "cases": []}"#) }
    }

    @Test func invalidJSONNamesTheFile() {
        do {
            _ = try PMLFixtures(text: #"{"format": "pytorch-metric-learning", "cases": [}"#)
            Issue.record("parsed")
        } catch let error as FixtureError {
            #expect(error.file == "test.json" && error.message.hasPrefix("not valid JSON"))
            #expect(error.place == "line 1, column 49")
        } catch { Issue.record("\(error)") }
    }

    /// Each syntax error is placed at the character where the document stops being JSON.
    @Test(arguments: [
        ("{\n  \"cases\": [1, 2,, 3]\n}", "line 2, column 18", "unexpected ','"),
        ("{\"a\": [1, 2", "line 1, column 12", "the file ends before ']'"),
        ("{\"a\": 1 \"b\": 2}", "line 1, column 9", "expected ',' or '}'"),
        ("{\"a\": tru}", "line 1, column 7", "expected 'true'"),
        ("{\"a\": \"x\ny\"}", "line 1, column 9", "a control character"),
        ("{\"a\": [NaN, -Infinity, 1e}", "line 1, column 26", "expected a digit in the exponent"),
    ])
    func invalidJSONIsPlacedByLineAndColumn(text: String, place: String, message: String) {
        do {
            _ = try PMLFixtures(text: text)
            Issue.record("parsed")
        } catch let error as FixtureError {
            #expect(error.place == place)
            #expect(error.message.contains(message), "\(error.message)")
        } catch { Issue.record("\(error)") }
    }

    @Test func wellFormedFixtureTextHasNoSyntaxError() throws {
        for name in ["pml-reference.json", "pml-zoo-reference.json", "fl-reference.json"] {
            let path = try #require(sharedFixturePath(name))
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(JSONSyntax.firstError(in: Array(bytes)) == nil, "\(name)")
        }
    }

    /// Python's json writes Infinity and NaN; they are read, and a NaN reference never passes.
    @Test func pythonFloatLiteralsAreRead() throws {
        let fixtures = try PMLFixtures(text: file(case: #"{"loss": "ContrastiveLoss", "value": NaN, "gradient": [[0,0],[0,0],[0,0],[-Infinity,0]]}"#))
        let c = try fixtures.cases[0].get()
        #expect(c.value.isNaN && c.gradient[3, 0] == -.infinity)
        #expect(!PMLFixtures.check(c, mappings: PMLMappings.pairs).passed)
    }

    @Test func caseEmbeddingsOverrideTheFiles() throws {
        let body = #"{"loss": "ContrastiveLoss", "embeddings": [[0, 1], [0, 2]], "labels": [3, 3], "value": 0, "gradient": [[0,0],[0,0]]}"#
        let c = try PMLFixtures(text: file(case: body)).cases[0].get()
        #expect(c.embeddings.rows == 2 && c.labels == [3, 3])
    }

    /// The metrics section: each score is checked by name; one without a check fails.
    @Test func metricsSectionIsChecked() throws {
        let json = """
            {"format": "pytorch-metric-learning", "cases": [],
             "metrics": {"embeddings": [[0, 0], [1, 1], [5, 5], [6, 6]], "labels": [0, 0, 1, 1], "clustering": [1, 1, 0, 0],
                         "nmi_geometric": 1.0, "made_up_score": 0.5, "distance": "euclidean"}}
            """
        let checks = try PMLFixtures(text: json).check().checks
        #expect(checks.map(\.name) == ["metrics: made_up_score", "metrics: nmi_geometric"])
        #expect(checks[0].failure == "no MetricLab metric for made_up_score")
        #expect(checks[1].passed)
    }

    @Test func reportTableHasARowPerCheck() throws {
        let report = try Self.reference.get().check(mappings: PMLMappings.pairs)
        let lines = report.table.split(separator: "\n")
        #expect(lines.count == 2 + report.checks.count)
        #expect(lines.contains { $0.contains("case 3 (TripletMarginLoss)") && $0.contains("semiHard") && $0.contains("| pass ") })
        #expect(lines.contains { $0.contains("case 8 (MultiSimilarityLoss)") && $0.contains("| FAIL ") })
    }
}

@Suite struct PMLMetricsTests {
    @Test func referenceMetricsPass() throws {
        let report = try PMLFixturesTests.reference.get().check(mappings: [:])
        let metrics = report.checks.filter { $0.name.hasPrefix("metrics: ") }
        #expect(metrics.map(\.name) == ["metrics: mean_average_precision_at_r", "metrics: nmi_arithmetic",
                                        "metrics: nmi_geometric", "metrics: precision_at_1", "metrics: r_precision"])
        for check in metrics { #expect(check.passed, "\(check.name): \(check.failure ?? "\(check.measurements)")") }
    }

    /// Recall@K on two tight pairs far apart: every query finds its partner first.
    @Test func recallIsChecked() throws {
        let json = """
            {"format": "pytorch-metric-learning", "cases": [],
             "metrics": {"embeddings": [[0, 0], [0.1, 0], [5, 5], [5, 5.1]], "labels": [0, 0, 1, 1],
                         "recall_at_1": 1.0, "recall_at_2": 1.0, "recall_at_8": 1.0}}
            """
        let fixtures = try PMLFixtures(text: json, file: "m.json")
        let checks = fixtures.check().checks
        #expect(checks.map(\.passed) == [true, true, false])
        #expect(checks[2].failure == "recall_at_8 needs more than 8 embeddings")
    }
}
