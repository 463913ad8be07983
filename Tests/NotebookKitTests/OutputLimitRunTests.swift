import Foundation
import Testing
@testable import NotebookKit

/// Printed text past the output limit: cut with a note, kept whole in the cache. They compile
/// against the release-built MetricLab, like `NotebookRunTests`.
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct OutputLimitRunTests {
    /// A cell printing four times the standard line limit, in lines of 100 bytes.
    let loud = """
        # Loud

        ```swift
        let line = String(repeating: "x", count: 99)
        for i in 0..<\(OutputLimit.standard.lines * 4) { print(i == 0 ? "first" : line) }
        ```

        """

    @Test func printedTextPastTheLimitIsCutWithANoteAndKeptWholeInTheCache() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("loud", loud)
        var runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }

        let limit = OutputLimit.standard.lines
        let hidden = limit * 3
        let woven = try workspace.text(paths)
        let note = "… \(hidden) more lines (\(PrintedText.size(hidden * 100))) not shown (full output: notebooks/.metriclab/output/loud/cell-1.txt)"
        let line = String(repeating: "x", count: 99)
        let shown = ["first"] + Array(repeating: line, count: limit - 1)
        #expect(woven.contains("```text\n" + (shown + [note]).joined(separator: "\n") + "\n```\n"))

        let full = try String(contentsOfFile: paths.cache + "/output/loud/cell-1.txt", encoding: .utf8)
        #expect(full == (["first"] + Array(repeating: line, count: limit * 4 - 1)).joined(separator: "\n") + "\n")

        runner.useCache = false
        #expect(try !runner.run(paths) { _ in }.notebookChanged)
        #expect(try workspace.text(paths) == woven)
    }

    @Test func aFailedRunLeavesTheLastFullOutputInPlace() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("loud", loud)
        let runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        let fullPath = paths.cache + "/output/loud/cell-1.txt"
        let full = FileManager.default.contents(atPath: fullPath)

        let broken = try workspace.text(paths).replacingOccurrences(of: "\"first\" : line) }", with: "\"first\" : line) }\nfatalError(\"stop\")")
        try broken.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        let error = try runner.failure(running: paths)
        #expect(error.details.contains("… \(OutputLimit.standard.lines * 3) more lines"))
        #expect(!error.details.contains("full output:"))
        #expect(FileManager.default.contents(atPath: fullPath) == full)
        #expect(try workspace.text(paths) == broken)
    }

    @Test func aRunThatCutsNothingRemovesTheOldFullOutput() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("loud", loud)
        let runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        #expect(FileManager.default.fileExists(atPath: paths.cache + "/output/loud/cell-1.txt"))
        let quiet = try workspace.text(paths).replacingOccurrences(of: "\(OutputLimit.standard.lines * 4)", with: "3")
        try quiet.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        _ = try runner.run(paths) { _ in }
        #expect(!FileManager.default.fileExists(atPath: paths.cache + "/output/loud"))
        #expect(try workspace.text(paths).contains("```text\nfirst\n" + String(repeating: "x", count: 99) + "\n"))
    }
}

