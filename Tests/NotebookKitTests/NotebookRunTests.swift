import Foundation
import Testing
@testable import NotebookKit

/// Whole runs: generate, compile against the release-built MetricLab, execute, weave.
/// They need `swift build -c release` to have been run (CI does so before `swift test`).
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct NotebookRunTests {
    let hello = """
        # Hello

        ```swift
        //| label: fig-line
        //| fig-cap: "A line."
        struct Line: Figure {
            func gnuplotBody() -> String { "set key off\\nplot x with lines" }
        }
        print("first cell")
        show(Line())
        show(Line())
        ```

        Between.

        ```swift
        let squares = (1...3).map { $0 * $0 }
        print(squares)
        table([["a", 1.5], ["b", 2]], columns: ["name", "value"], digits: 2)
        ```

        """

    @Test func runsANotebookAndWeavesTextTablesAndFigures() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("hello", hello)
        _ = try workspace.runner().run(paths) { _ in }
        let woven = try workspace.text(paths)
        #expect(woven.contains("```\n\n<!-- metriclab:output -->\n```text\nfirst cell\n```\n\n![A line.](../figures/hello/fig-line.png)\n\n*A line.*\n\n![A line.](../figures/hello/fig-line-2.png)"))
        #expect(woven.contains("```text\n[1, 4, 9]\n```\n\n| name | value |\n| ---- | ----: |\n| a    |  1.50 |\n| b    |     2 |\n\n<!-- metriclab:end "))
        let png = try #require(FileManager.default.contents(atPath: paths.figures + "/fig-line.png"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let script = try String(contentsOfFile: paths.figures + "/fig-line.gp", encoding: .utf8)
        #expect(script.contains("plot x with lines"))
        #expect(FileManager.default.fileExists(atPath: paths.figures + "/fig-line-2.png"))
    }

    @Test func aSecondRunIsByteIdentical() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("hello", hello)
        var runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        let first = try workspace.text(paths)
        let firstFigure = FileManager.default.contents(atPath: paths.figures + "/fig-line.png")
        runner.useCache = false
        let summary = try runner.run(paths) { _ in }
        #expect(!summary.notebookChanged)
        #expect(try workspace.text(paths) == first)
        #expect(FileManager.default.contents(atPath: paths.figures + "/fig-line.png") == firstFigure)
    }

    @Test func compileErrorsPointAtTheNotebookLineAndColumn() throws {
        let workspace = try TestWorkspace()
        let text = "# Bad\n\n```swift\nlet a = 1\n  let b = undefinedName + a\n```\n"
        let paths = try workspace.notebook("bad", text)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            (error as? CompileError)?.diagnostics.contains("notebooks/bad.md:5:11: error: cannot find 'undefinedName' in scope") == true
        }
        #expect(try workspace.text(paths) == text)
    }

    @Test func aTrappingCellIsReportedAtItsLineAndEarlierOutputsStay() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("trap", hello)
        _ = try workspace.runner().run(paths) { _ in }
        let good = try workspace.text(paths)
        let goodFigure = FileManager.default.contents(atPath: paths.figures + "/fig-line.png")
        let broken = good.replacingOccurrences(of: "print(squares)", with: "print(squares[7])")
        try broken.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        let trapLine = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("squares[7]") }! + 1
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.line == trapLine && error.file == "notebooks/trap.md" && error.message.contains("cell 2")
        }
        #expect(try workspace.text(paths) == broken)
        #expect(FileManager.default.contents(atPath: paths.figures + "/fig-line.png") == goodFigure)
    }

    @Test func standardErrorIsShownButNotWoven() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("warn", "```swift\nFileHandle.standardError.write(Data(\"careful\\n\".utf8))\nprint(\"out\")\n```\n")
        var shown: [String] = []
        _ = try workspace.runner().run(paths) { event in
            if case .standardError(let text) = event { shown.append(text) }
        }
        #expect(shown == ["careful"])
        let woven = try workspace.text(paths)
        #expect(woven.contains("```text\nout\n```") && !woven.contains("careful\n```"))
    }

    @Test func aNotebookWithoutCellsIsNotCompiled() throws {
        let workspace = try TestWorkspace()
        let text = "# Prose only\n\n```text\nnot code\n```\n\n```swift\n//| eval: false\nfatalError()\n```\n"
        let paths = try workspace.notebook("prose", text)
        let events = try workspace.events(workspace.runner(), paths)
        #expect(events.compiled == nil)
        #expect(try workspace.text(paths) == text)
    }

    @Test func aCellPastItsTimeLimitIsStopped() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("slow", "```swift\nprint(1)\n```\n\n```swift\n//| timeout: 1\nwhile true {}\n```\n")
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.line == 6 && error.message.contains("cell 2 passed its time limit of 1 s")
        }
    }

    @Test func aLabelGivenAtRunTimeCannotLeaveTheFigureFolder() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nstruct Dot: Figure { func gnuplotBody() -> String { \"plot 1\" } }\nshow(Dot(), label: \"../../escape\")\n```\n"
        let paths = try workspace.notebook("escape", text)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            (error as? NotebookError)?.line == 3
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/escape.png"))
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/../escape.png"))
    }

    @Test func theCacheIsHitWhenNothingChangedAndMissedWhenSomethingDid() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("cache", hello)
        let runner = try workspace.runner()
        #expect(try workspace.events(runner, paths).compiled == false)
        #expect(try workspace.events(runner, paths).upToDate)

        try FileManager.default.removeItem(atPath: paths.figures + "/fig-line.png")
        let afterFigureLoss = try workspace.events(runner, paths)
        #expect(!afterFigureLoss.upToDate && afterFigureLoss.compiled == true)
        #expect(FileManager.default.fileExists(atPath: paths.figures + "/fig-line.png"))

        let edited = try workspace.text(paths).replacingOccurrences(of: "print(squares)", with: "print(squares.count)")
        try edited.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        #expect(try workspace.events(runner, paths).compiled == false)
        #expect(try workspace.text(paths).contains("```text\n3\n```"))

        var otherLibrary = runner
        otherLibrary.compiler.libraryHash = String(repeating: "0", count: 32)
        #expect(try workspace.events(otherLibrary, paths).compiled == false)
    }

    @Test func checkFindsAChangedFigureAndPassesOnAFreshRun() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("checked", hello)
        let runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        let quiet = ProgressPrinter(showsBars: false, write: { _ in }, writeError: { _ in })
        #expect(try TreeCheck.check([paths], runner: runner, jobs: 1, printer: quiet).isClean)

        // A linked notebook and a read-only one are checked as they are: the scratch copy holds
        // their text, so the check neither writes through the link nor trips on the mode.
        let target = workspace.root + "/drafts/checked.md"
        try FileManager.default.createDirectory(atPath: workspace.root + "/drafts", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: paths.notebook, toPath: target)
        try FileManager.default.createSymbolicLink(atPath: paths.notebook, withDestinationPath: target)
        let woven = try String(contentsOfFile: target, encoding: .utf8)
        #expect(try TreeCheck.check([paths], runner: runner, jobs: 1, printer: quiet).isClean)
        chmod(target, 0o444)
        #expect(try TreeCheck.check([paths], runner: runner, jobs: 1, printer: quiet).isClean)
        try woven.replacingOccurrences(of: "[1, 4, 9]", with: "[1, 4, 8]").write(toFile: target + ".tmp", atomically: false, encoding: .utf8)
        #expect(rename(target + ".tmp", target) == 0)
        chmod(target, 0o444)
        #expect(!(try TreeCheck.check([paths], runner: runner, jobs: 1, printer: quiet).isClean))
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("[1, 4, 8]"), "the check never writes the original")
        chmod(target, 0o644)
        try woven.write(toFile: target, atomically: false, encoding: .utf8)

        try Data("not a png".utf8).write(to: URL(fileURLWithPath: paths.figures + "/fig-line.png"))
        let report = try TreeCheck.check([paths], runner: runner, jobs: 1, printer: quiet)
        #expect(!report.isClean)
        #expect(report.lines.contains("figures/checked/fig-line.png: would change"))
        #expect(try String(contentsOfFile: paths.figures + "/fig-line.png", encoding: .utf8) == "not a png")
    }
}

/// A throwaway project folder with notebooks, run against the release-built library; removed
/// when the test lets go of it.
final class TestWorkspace {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let library = try? MetricLabLibrary(directory: packageRoot + "/.build/release")
    static let executable = Optional(packageRoot + "/.build/release/metriclab").flatMap {
        FileManager.default.isExecutableFile(atPath: $0) && library != nil ? $0 : nil
    }

    let root: String

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("metriclab-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func notebook(_ name: String, _ text: String) throws -> NotebookPaths {
        let path = root + "/notebooks/\(name).md"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return NotebookPaths(notebook: path)
    }

    func runner() throws -> NotebookRunner {
        NotebookRunner(compiler: Compiler(library: try #require(Self.library), cacheDirectory: ""), execution: Execution(cellTimeout: 60, notebookTimeout: 120))
    }

    func text(_ paths: NotebookPaths) throws -> String {
        try String(contentsOfFile: paths.notebook, encoding: .utf8)
    }

    /// Runs once and tells whether the run was up to date and whether its binary came from the cache.
    func events(_ runner: NotebookRunner, _ paths: NotebookPaths) throws -> (upToDate: Bool, compiled: Bool?) {
        var upToDate = false
        var cached: Bool?
        _ = try runner.run(paths) { event in
            switch event {
            case .upToDate: upToDate = true
            case .compiled(_, let fromCache): cached = fromCache
            default: break
            }
        }
        return (upToDate, cached)
    }
}

/// `metriclab watch`, driven in a thread and stopped by the test.
@Suite(.enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct NotebookWatcherTests {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = true
        var isSet: Bool { lock.withLock { value } }
        func clear() { lock.withLock { value = false } }
    }

    @Test func aSavedNotebookIsRunAgain() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("watched", "```swift\nprint(\"one\")\n```\n")
        let keepWatching = try watch(paths, in: workspace)
        defer { keepWatching.clear() }
        #expect(waitFor { (try? workspace.text(paths))?.contains("```text\none\n```") == true })
        let edited = try workspace.text(paths).replacingOccurrences(of: "print(\"one\")", with: "print(\"two\")")
        try AtomicFile.write(edited, toPath: paths.notebook)
        #expect(waitFor { (try? workspace.text(paths))?.contains("```text\ntwo\n```") == true })
    }

    /// The first run is refused because the notebook was edited while it ran; the watcher must
    /// then run the edited text, not wait for another save.
    @Test func anEditSavedDuringARunIsRunNext() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nprint(\"ran\")\nif !FileManager.default.fileExists(atPath: \"edited-once\") {\n"
            + "    FileManager.default.createFile(atPath: \"edited-once\", contents: nil)\n"
            + "    try! (String(contentsOfFile: \"notebooks/edited.md\", encoding: .utf8) + \"A sentence typed meanwhile.\\n\").write(toFile: \"notebooks/edited.md\", atomically: true, encoding: .utf8)\n"
            + "}\n```\n"
        let paths = try workspace.notebook("edited", text)
        let keepWatching = try watch(paths, in: workspace)
        defer { keepWatching.clear() }
        #expect(waitFor {
            let woven = (try? workspace.text(paths)) ?? ""
            return woven.contains("```text\nran\n```") && woven.hasSuffix("A sentence typed meanwhile.\n")
        })
    }

    /// Starts watching `paths` in a thread; clearing the returned flag stops it.
    func watch(_ paths: NotebookPaths, in workspace: TestWorkspace) throws -> Flag {
        let runner = try workspace.runner()
        let keepWatching = Flag()
        let quiet = ProgressPrinter(showsBars: false, write: { _ in }, writeError: { _ in })
        Thread {
            try? NotebookWatcher(paths: paths, pollInterval: 0.05).watch(makeRunner: { runner }, printer: quiet, shouldContinue: { keepWatching.isSet })
        }.start()
        return keepWatching
    }

    /// Polls `condition` for up to two minutes (a compile on a busy machine), true once it holds.
    func waitFor(_ condition: () -> Bool) -> Bool {
        poll(for: 120) { condition() ? true : nil } ?? false
    }
}
