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
        #expect(woven.contains("| statistic          |  value |\n| ------------------ | -----: |\n| mean               |"))

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
        #expect(failing.output.contains("notebooks/01-first.md:13:1: error: the output section of cell 1 (lines 13–18) is not as the runner wrote it"))
        #expect(try String(contentsOfFile: workspace.root + "/notebooks/01-first.md", encoding: .utf8) == tampered)
    }

    /// Ctrl-C signals the runner and the notebook program together (the terminal's whole
    /// foreground group); the test sends the same SIGINT to both.
    @Test func ctrlCMidwayLeavesNoHalfWrittenFile() throws {
        let workspace = try TestWorkspace()
        let text = """
            ```swift
            //| label: dot
            struct Dot: Figure { func gnuplotBody() -> String { "plot 1" } }
            show(Dot())
            ```

            ```swift
            Thread.sleep(forTimeInterval: 60)
            ```

            """
        let paths = try workspace.notebook("slow", text)
        let process = try workspace.launchMetriclab(["run", "notebooks/slow.md"])
        let scratch = paths.cache + "/scratch"
        _ = poll(for: 30) { ((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []).isEmpty ? nil : true }
        Thread.sleep(forTimeInterval: 0.5)
        let programs = Self.processes(runningFrom: paths.cache)
        kill(process.processIdentifier, SIGINT)
        for pid in programs { kill(pid, SIGINT) }
        process.waitUntilExit()

        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try workspace.text(paths) == text)
        #expect(!FileManager.default.fileExists(atPath: paths.figures))
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/notebooks").sorted()
        #expect(left == [".metriclab", "slow.md"])

        try text.replacingOccurrences(of: "60", with: "0").write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        #expect(try metriclab("run", "notebooks/slow.md", in: workspace).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
        #expect(FileManager.default.fileExists(atPath: paths.figures + "/dot.png"))
    }

    /// Processes whose executable lies under `folder` (the notebook programs of a cache).
    static func processes(runningFrom folder: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = pid_t(entry),
                  let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
                  executable.hasPrefix(folder) else { return nil }
            return pid
        }
    }

    @Test func argumentsThatNameNoNotebookAreErrorsNotSilentSuccesses() throws {
        let workspace = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: workspace.root + "/empty", withIntermediateDirectories: true)
        try "notes".write(toFile: workspace.root + "/empty/readme.txt", atomically: true, encoding: .utf8)
        try "print(1)\n".write(toFile: workspace.root + "/cell.swift", atomically: true, encoding: .utf8)
        for command in ["run", "check"] {
            let folder = try metriclab(command, "empty", in: workspace)
            #expect(folder.status != 0)
            #expect(folder.output.contains("empty: no notebooks (.md files) in this folder"), "\(folder.output)")
            let swift = try metriclab(command, "cell.swift", in: workspace)
            #expect(swift.status != 0)
            #expect(swift.output.contains("cell.swift: not a notebook (notebooks are Markdown files ending in .md)"), "\(swift.output)")
            #expect(!swift.output.contains("done"))
            let missing = try metriclab(command, "nowhere.md", in: workspace)
            #expect(missing.status != 0)
            #expect(missing.output.contains("nowhere.md: no such file or folder"))
        }
        #expect(try String(contentsOfFile: workspace.root + "/cell.swift", encoding: .utf8) == "print(1)\n")
    }

    /// A failed run rewrites nothing, so the outputs under cells changed since the last good run
    /// stay; `run` and `check` say which are stale.
    @Test func aFailedRunMarksTheOutputsOfChangedCellsStale() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nprint(\"one\")\n```\n\n```swift\nprint(\"two\")\n```\n\n```swift\nprint(\"three\")\n```\n"
        let paths = try workspace.notebook("stale", text)
        #expect(try metriclab("run", "notebooks/stale.md", in: workspace).status == 0)
        let woven = try workspace.text(paths)
        let broken = woven.replacingOccurrences(of: "print(\"two\")", with: "print(\"2\")")
            .replacingOccurrences(of: "print(\"three\")", with: "print([3][1])")
        try broken.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let second = lines.firstIndex(of: "print(\"2\")")! + 1, third = lines.firstIndex(of: "print([3][1])")! + 1
        for command in ["run", "check"] {
            let result = try metriclab(command, "notebooks/stale.md", in: workspace)
            #expect(result.status != 0)
            #expect(result.output.contains("notebooks/stale.md:\(second):1: warning: cell 2 changed since its output was woven, and the run failed: the output below it is stale until the notebook runs"), "\(result.output)")
            #expect(result.output.contains("notebooks/stale.md:\(third):1: warning: cell 3 changed"))
            #expect(!result.output.contains("warning: cell 1 changed"))
        }
        #expect(try workspace.text(paths) == broken, "nothing is rewritten")
    }

    /// Cells run in the project root and may read its files (`data/`); `check` runs a copy of the
    /// notebook elsewhere and must show it the same files.
    @Test func checkSeesTheProjectsFiles() throws {
        let workspace = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: workspace.root + "/data", withIntermediateDirectories: true)
        try "7\n".write(toFile: workspace.root + "/data/seven.txt", atomically: true, encoding: .utf8)
        _ = try workspace.notebook("reads", "```swift\nprint(try String(contentsOfFile: \"data/seven.txt\", encoding: .utf8))\n```\n")
        #expect(try metriclab("run", "notebooks/reads.md", in: workspace).status == 0)
        let check = try metriclab("check", "notebooks/reads.md", in: workspace)
        #expect(check.status == 0, "\(check.output)")
        #expect(try String(contentsOfFile: workspace.root + "/data/seven.txt", encoding: .utf8) == "7\n")
    }

    @Test func errorsAreReportedAtTheNotebookLineWithAFailingStatus() throws {
        let workspace = try TestWorkspace()
        _ = try workspace.notebook("broken", "# Broken\n\n```swift\nlet x: Int = \"text\"\n```\n")
        let run = try metriclab("run", "notebooks/broken.md", in: workspace)
        #expect(run.status != 0)
        #expect(run.output.contains("notebooks/broken.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'"))
    }
}
