import Foundation
import Testing
@testable import NotebookKit

/// The `metriclab` executable, run as a user would, in a throwaway project folder.
@Suite(.serialized, .enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct CommandLineTests {
    func metriclab(_ arguments: String..., in workspace: TestWorkspace) throws -> (status: Int32, output: String) {
        try Subprocess.run([TestWorkspace.executable!] + arguments, in: workspace.root)
    }

    @Test func newNotebooksRunAsTheyAreAndCheckPasses() throws {
        let workspace = try TestWorkspace()
        #expect(try metriclab("new", "01-first", in: workspace).status == 0)
        #expect(try metriclab("new", "02-second", in: workspace).status == 0)
        #expect(try metriclab("new", "01-first", in: workspace).status != 0)

        let run = try metriclab("run", "--jobs", "2", in: workspace)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("notebooks/01-first.md: cell 1 (line 6)"))
        #expect(run.output.contains("notebooks/02-second.md: done in"))
        let woven = try String(contentsOfFile: workspace.root + "/notebooks/01-first.md", encoding: .utf8)
        #expect(woven.contains("```text\nmean of 1000 standard normal draws:"))
        #expect(woven.contains("| statistic | value |\n| --- | ---: |\n| mean |"))

        let warm = try metriclab("run", in: workspace)
        #expect(warm.output == "notebooks/01-first.md: up to date\nnotebooks/02-second.md: up to date\n")

        let check = try metriclab("check", in: workspace)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix("check: 2 notebooks up to date\n"))

        let tampered = woven.replacingOccurrences(of: "mean of 1000", with: "mean of 999")
        try tampered.write(toFile: workspace.root + "/notebooks/01-first.md", atomically: true, encoding: .utf8)
        let failing = try metriclab("check", "notebooks/01-first.md", in: workspace)
        #expect(failing.status != 0)
        #expect(failing.output.contains("notebooks/01-first.md:"))
        #expect(failing.output.contains("would change (1 lines replaced by 1)"))
        #expect(try String(contentsOfFile: workspace.root + "/notebooks/01-first.md", encoding: .utf8) == tampered)
    }

    @Test func errorsAreReportedAtTheNotebookLineWithAFailingStatus() throws {
        let workspace = try TestWorkspace()
        _ = try workspace.notebook("broken", "# Broken\n\n```swift\nlet x: Int = \"text\"\n```\n")
        let run = try metriclab("run", "notebooks/broken.md", in: workspace)
        #expect(run.status != 0)
        #expect(run.output.contains("notebooks/broken.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'"))
    }
}
