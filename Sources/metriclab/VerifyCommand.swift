import ArgumentParser
import Foundation
import MetricLab
import MetricLabVerification

/// `metriclab verify --fixtures FILE…`: checks MetricLab's losses and metrics against reference
/// fixtures, printing a table per file; exits non-zero if any case fails or cannot be read.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check losses and metrics against reference fixture files.",
        discussion: """
            Each file's "format" field chooses the checker: "pytorch-metric-learning" (loss values and \
            gradients, and the retrieval and clustering metrics of its "metrics" section) or \
            "facility-location".
            """)

    @Option(name: .long, parsing: .upToNextOption, help: "Fixture files (JSON).")
    var fixtures: [String]

    @Option(name: .long, help: "The largest absolute error that passes.")
    var tolerance: Double = 1e-6

    func validate() throws {
        guard !fixtures.isEmpty else { throw ValidationError("Give at least one file after --fixtures.") }
    }

    /// Reports go to standard output; what went wrong goes to standard error, so that a log
    /// filtered to errors (or a redirected report) still shows it.
    func run() throws {
        var failed: [String] = []
        for path in fixtures {
            do {
                let report = try Self.check(path, tolerance: tolerance)
                print(report.table)
                print(report.summary)
                print()
                if !report.passed { failed.append(path) }
            } catch {
                Self.printError("error: \(error)")
                failed.append(path)
            }
        }
        if !failed.isEmpty {
            Self.printError("verify: \(failed.count) of \(fixtures.count) fixture files failed: \(failed.joined(separator: ", "))")
            throw ExitCode.failure
        }
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Reads a fixture file and checks it with the checker its `format` field names.
    static func check(_ path: String, tolerance: Double) throws -> FixtureReport {
        let root = try FixtureField.root(ofFileAt: path)
        let formatField = try root.field("format")
        switch try formatField.string() {
        case PMLFixtures.format:
            return try PMLFixtures(root).check(tolerance: tolerance)
        case FacilityLocationFixtures.format:
            return try checkFacilityLocation(root, tolerance: tolerance)
        case let other:
            throw formatField.error("unknown format '\(other)' (known: \(PMLFixtures.format), \(FacilityLocationFixtures.format))")
        }
    }
}
