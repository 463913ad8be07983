import Foundation
import MetricLabTestSupport
import Testing

/// `metriclab verify`, run as a user runs it: the executable built beside the test bundle.
@Suite struct VerifyCommandTests {
    /// Runs `metriclab` with `arguments`; its exit status, standard output and standard error.
    func metriclab(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let executable = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("metriclab") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        let process = Process()
        process.executableURL = try #require(executable, "metriclab is not built beside \(folder.path)")
        process.arguments = arguments
        let pipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errorPipe
        try process.run()
        // Standard error is small here; reading standard output to its end first cannot deadlock.
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }

    /// Writes the reference file's cases `picked` (and its metrics) to a temporary file.
    func fixtureFile(picking picked: (Int, [String: Any]) -> Bool) throws -> String {
        let reference = try #require(sharedFixturePath("pml-reference.json"))
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reference))) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        json["cases"] = cases.enumerated().filter { picked($0.offset, $0.element) }.map(\.element)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).json").path
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func passingFileExitsZeroWithATableRowPerCase() throws {
        let pairs: Set = ["ContrastiveLoss", "TripletMarginLoss", "LiftedStructureLoss", "GeneralizedLiftedStructureLoss",
                          "NPairsLoss", "AngularLoss"]
        let file = try fixtureFile { _, c in pairs.contains(c["loss"] as? String ?? "") }
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (status, output, errors) = try metriclab(["verify", "--fixtures", file])
        #expect(status == 0)
        #expect(errors.isEmpty)
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| case ") && $0.contains(" (") || $0.hasPrefix("| metrics: ") }
        #expect(rows.count == 8 + 5)
        #expect(rows.allSatisfy { $0.contains("| pass ") })
        #expect(output.contains("13 of 13 checks pass"))
    }

    @Test func unmappedCaseExitsNonZero() throws {
        let file = try fixtureFile { index, _ in index == 0 }
        defer { try? FileManager.default.removeItem(atPath: file) }
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"ContrastiveLoss\"", with: "\"NoSuchLoss\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let (status, output, errors) = try metriclab(["verify", "--fixtures", file])
        #expect(status != 0)
        #expect(output.contains("no MetricLab mapping for NoSuchLoss") && output.contains("| FAIL "))
        #expect(errors.contains("verify: 1 of 1 fixture files failed: \(file)"))
    }

    @Test func unknownFormatIsAnErrorNamingTheFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).json").path
        try #"{"format": "something-else", "cases": []}"#.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (status, output, errors) = try metriclab(["verify", "--fixtures", file])
        #expect(status != 0)
        #expect(errors.contains("error: \(file): field format: unknown format 'something-else'"))
        #expect(!output.contains("error:"))
    }

    @Test func invalidJSONIsReportedOnStandardErrorWithItsLineAndColumn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).json").path
        try "{\n  \"format\": \"pytorch-metric-learning\",\n  \"cases\": [1, 2,, 3]\n}\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (status, output, errors) = try metriclab(["verify", "--fixtures", file])
        #expect(status != 0)
        #expect(errors.contains("error: \(file): line 3, column 18: not valid JSON: unexpected ','"))
        #expect(output.isEmpty)
    }
}
