import Foundation
import Testing
@testable import NotebookKit

/// Whole runs with `-P`: compiled against the release-built MetricLab, written beside the
/// notebook or over it, with errors at the notebook's own lines.
@Suite(.serialized, .enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct ParameterRunTests {
    let text = """
        # Parameters

        ```swift
        //| parameters
        let count = 2
        let word = "dot"
        ```

        ```swift
        //| label: fig-dots
        struct Dots: Figure { let n: Int; func gnuplotBody() -> String { "plot \\(n)" } }
        print(Array(repeating: word, count: count).joined(separator: " "))
        show(Dots(n: count))
        ```

        """

    @Test func aRunWithParametersWritesItsOwnNotebookAndFiguresBesideTheNotebook() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("p", text)
        let request = try ParameterRequest(arguments: ["count=3", "word=x y"])
        let runner = try workspace.runner()
        let summary = try runner.run(paths, parameters: request) { _ in }
        #expect(summary.notebookChanged)
        #expect(try workspace.text(paths) == text)
        #expect(!FileManager.default.fileExists(atPath: paths.figures))
        let result = request.resultPaths(for: paths)
        #expect(result.notebook == workspace.root + "/notebooks/p@count=3,word=x%20y.md")
        let woven = try workspace.text(result)
        #expect(woven.contains("let count = 3 /* injected by -P; default: 2 */\nlet word = \"x y\" /* injected by -P; default: \"dot\" */\n"))
        #expect(woven.contains("```text\nx y x y x y\n```"))
        #expect(woven.contains("](../figures/p%40count%3D3%2Cword%3Dx%2520y/fig-dots.png)"))
        #expect(try String(contentsOfFile: result.figures + "/fig-dots.gp", encoding: .utf8).contains("plot 3"))

        // The same values again: nothing to do; the result run on its own is the same notebook.
        #expect(try workspace.events(runner, paths, parameters: request).upToDate)
        #expect(!(try runner.run(result) { _ in }).notebookChanged)
        #expect(try workspace.text(result) == woven)
    }

    @Test func overwritingMakesTheValuesTheNotebooksDefaults() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("p", text)
        _ = try workspace.runner().run(paths, parameters: try ParameterRequest(arguments: ["count=1"], overwrite: true)) { _ in }
        let woven = try workspace.text(paths)
        #expect(woven.hasPrefix(text.replacingOccurrences(of: "let count = 2", with: "let count = 1").components(separatedBy: "```swift\n//| label")[0]))
        #expect(woven.contains("```text\ndot\n```"))
        #expect(try String(contentsOfFile: paths.figures + "/fig-dots.gp", encoding: .utf8).contains("plot 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/notebooks").filter { $0.hasSuffix(".md") } == ["p.md"])
    }

    @Test func compilerErrorsStillPointAtTheNotebooksLines() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("p", text + "```swift\nlet half: String = count / 2\n```\n")
        #expect {
            _ = try workspace.runner().run(paths, parameters: try ParameterRequest(arguments: ["count=4"])) { _ in }
        } throws: { error in
            (error as? CompileError)?.diagnostics.contains("notebooks/p.md:16:26: error: cannot convert value of type 'Int' to specified type 'String'") == true
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/notebooks/p@count=4.md"))
    }

    @Test func theCommandLineRunsWithValuesAndAFolderRunSkipsTheResult() throws {
        let workspace = try TestWorkspace()
        _ = try workspace.notebook("p", text)
        let run = try Subprocess.run([TestWorkspace.executable!, "run", "notebooks/p.md", "-P", "count=4", "--parameter", "word=w"], in: workspace.root)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("notebooks/p@count=4,word=w.md: done in"))
        #expect(try String(contentsOfFile: workspace.root + "/notebooks/p@count=4,word=w.md", encoding: .utf8).contains("```text\nw w w w\n```"))

        let folder = try Subprocess.run([TestWorkspace.executable!, "run", "notebooks"], in: workspace.root)
        #expect(folder.status == 0, "\(folder.output)")
        #expect(folder.output.contains("notebooks/p.md: done in"))
        #expect(!folder.output.contains("@"))
        let check = try Subprocess.run([TestWorkspace.executable!, "check"], in: workspace.root)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix("check: 1 notebook up to date\n"), "\(check.output)")

        let unknown = try Subprocess.run([TestWorkspace.executable!, "run", "notebooks/p.md", "-P", "steps=5"], in: workspace.root)
        #expect(unknown.status != 0)
        #expect(unknown.output.contains("notebooks/p.md:4:1: error: -P steps=5: the parameters cell here has no parameter `steps` (it declares count, word)"))
        let lonely = try Subprocess.run([TestWorkspace.executable!, "run", "notebooks/p.md", "--overwrite"], in: workspace.root)
        #expect(lonely.status != 0)
        #expect(lonely.output.contains("--overwrite goes with -P NAME=VALUE"))
    }
}

extension TestWorkspace {
    /// Runs once with `parameters` and tells whether the run was up to date.
    func events(_ runner: NotebookRunner, _ paths: NotebookPaths, parameters: ParameterRequest) throws -> (upToDate: Bool, changed: Bool) {
        var upToDate = false
        let summary = try runner.run(paths, parameters: parameters) { event in
            if case .upToDate = event { upToDate = true }
        }
        return (upToDate, summary.notebookChanged)
    }
}
