import Foundation
import Testing
@testable import NotebookKit

/// Whole runs of notebooks whose cells print or return what could pass for the runner's own
/// markers, cells or HTML, and of notebooks whose markers are not the runner's.
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct HostileOutputRunTests {
    @Test func aStrayOutputMarkerAboveTheAuthorsProseLeavesTheNotebookAlone() throws {
        let workspace = try TestWorkspace()
        let text = "# A\n\n```swift\nprint(\"hi\")\n```\n\n<!-- metriclab:output -->\n\n## My prose\n\nWords I wrote.\n\n<!-- metriclab:end -->\n\nThe end.\n"
        let paths = try workspace.notebook("stray", text)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            (error as? NotebookError)?.line == 9 && (error as? NotebookError)?.message.contains("Nothing was changed") == true
        }
        #expect(try workspace.text(paths) == text)
    }

    @Test func markdownHoldingMarkersAndCellsIsWovenTheSameOnEveryRun() throws {
        let workspace = try TestWorkspace()
        let text = """
            # B

            ```swift
            markdown("x\\n\\n<!-- metriclab:end -->\\n\\ny")
            markdown("```swift\\nfatalError(\\"boom\\")\\n```")
            markdown("<!-- never closed\\n\\n```\\nnor this")
            print("after")
            ```

            The end.

            """
        let paths = try workspace.notebook("hostile", text)
        var runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        let first = try workspace.text(paths)
        runner.useCache = false
        for _ in 0..<2 {
            #expect(try !runner.run(paths) { _ in }.notebookChanged)
            #expect(try workspace.text(paths) == first)
        }
        let notebook = try Notebook(text: first, name: "hostile", displayPath: "notebooks/hostile.md")
        #expect(notebook.cells.count == 1)
        #expect(first.hasSuffix(" -->\n\nThe end.\n") && first.contains("```text\nafter\n```"))
    }

    @Test func nearMissesAreReportedAsWarnings() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("warned", "```Swift\nprint(\"not run\")\n```\n\n```swift\nprint(\"run\")\n```\n")
        var warnings: [NotebookWarning] = []
        _ = try workspace.runner().run(paths) { event in
            if case .warning(let warning) = event { warnings.append(warning) }
        }
        #expect(warnings.map(\.description) == ["notebooks/warned.md:1:1: warning: a code block marked `Swift` is not a cell: only blocks marked `swift`, in lower case, run; write `swift` to run it, or another language to keep it as an example"])
        #expect(try workspace.text(paths).contains("```text\nrun\n```"))
    }

    @Test(.enabled(if: HTMLExporterTests.chromium != nil, "chromium is not installed"))
    func anExportedPageRunsNothingACellProduced() throws {
        let workspace = try TestWorkspace()
        let payload = "<img src=x onerror=\\\"document.title='PWNED'\\\">"
        let script = "<script>document.title='PWNED'</script>"
        let paths = try workspace.notebook("my notebook", """
            ```swift
            //| label: dot
            //| fig-cap: "x\\" onload=\\"document.title='PWNED-cap'"
            struct Dot: Figure { func gnuplotBody() -> String { "plot 1" } }
            print("\(payload) \(script)")
            print(["<b class=\\"\(payload)\\">"])
            table([["\(payload)", 1]], columns: ["\(script)", "n"])
            markdown("# \(script)\\n\\n\(payload)\\n\\n<script>\\ndocument.title='PWNED-md'")
            show(Dot())
            show(Dot(), label: "dot-two", caption: "\\"><img src=x onerror=\\"document.title='PWNED-show'\\">")
            ```

            """)
        _ = try workspace.runner().run(paths) { _ in }
        let page = try HTMLExporter.page(for: paths)
        let dom = try ExportInjectionTests.dom(of: page, in: workspace)
        #expect(dom.contains("<title>my notebook</title>"))
        #expect(!dom.contains("<script") && !dom.contains("<img src=\"x\"") && !dom.contains("<b class="))
        #expect(dom.components(separatedBy: "<img src=\"data:image/png;base64,").count == 3)
        #expect(dom.contains("alt=\"x&quot; onload=&quot;document.title='PWNED-cap'\""))
    }
}
