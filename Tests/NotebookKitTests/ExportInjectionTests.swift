import Foundation
import Testing
@testable import NotebookKit

/// Everything a cell produces reaches an exported page as text: checked in the page's source and
/// in headless Chromium, with payloads in every place a cell's output can go.
@Suite struct ExportInjectionTests {
    static let script = "<script>document.title='PWNED'</script>"
    static func image(_ place: String) -> String { "<img src=x onerror=\"document.title='PWNED-\(place)'\">" }

    /// A notebook without a heading of its own, woven with hostile output the way the runner weaves it.
    func hostilePage() throws -> (page: String, workspace: TestWorkspace) {
        let workspace = try TestWorkspace()
        let source = """
            Prose by the author, with <b id="author">her own HTML</b>.

            ```swift
            //| label: dot
            print("payloads")
            ```

            """
        let paths = try workspace.notebook("payloads", source)
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        try HTMLExporterTests.onePixelPNG.write(to: URL(fileURLWithPath: paths.figures + "/dot.png"))
        let output = CellOutput(segments: [
            .text("printed \(Self.script) \(Self.image("text"))\nclass names: <b class=\"x\" onclick=\"y\">\n"),
            .markdown("| \(Self.image("column")) | name |\n| --- | --- |\n| \(Self.image("cell")) | `\(Self.image("code"))` |"),
            .markdown("# \(Self.script)\n\n\(Self.image("markdown"))\n\n<!-- comment\n\n[click](javascript:document.title='PWNED-link') [ok](https://example.org)\n\n$x\" onload=\"y$ &#106;avascript&amp; \\<b>"),
            .figure(file: "dot.png", caption: "x\" onload=\"document.title='PWNED-cap'"),
            .figure(file: "\(Self.image("file")).png", caption: "\(Self.script)"),
        ])
        let notebook = try Notebook(text: source, name: "payloads", displayPath: "notebooks/payloads.md")
        try Weaver(notebook: notebook, figureLink: paths.figureLink).weave([1: output]).write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        return (try HTMLExporter.page(for: paths), workspace)
    }

    @Test func cellOutputIsEscapedAndTheAuthorsProseIsNot() throws {
        let (page, _) = try hostilePage()
        #expect(!page.contains("<script>") && !page.contains("<img src=x") && !page.contains("<b class"))
        #expect(page.contains("printed &lt;script&gt;document.title='PWNED'&lt;/script&gt;"))
        #expect(page.contains("<title>payloads</title>"))
        #expect(page.contains("<b id=\"author\">her own HTML</b>"))
        #expect(page.contains("alt=\"x&quot; onload=&quot;document.title='PWNED-cap'\""))
        #expect(page.contains("data:image/png;base64,\(HTMLExporterTests.onePixelPNG.base64EncodedString())"))
        #expect(page.contains("<a href=\"#\">click</a>") && page.contains("<a href=\"https://example.org\">ok</a>"))
        #expect(page.contains("<table>") && page.contains("<code>&lt;img src=x onerror=&quot;document.title='PWNED-code'&quot;&gt;</code>"))
        #expect(page.contains("&amp;#106;avascript&amp;amp;"))
    }

    @Test(.enabled(if: HTMLExporterTests.chromium != nil, "chromium is not installed"))
    func aBrowserRunsNothingFromCellOutput() throws {
        let (page, workspace) = try hostilePage()
        let dom = try Self.dom(of: page, in: workspace)
        #expect(dom.contains("<title>payloads</title>"))
        #expect(!dom.contains("<title>PWNED"))
        #expect(!dom.contains("<script") && !dom.contains("<img src=\"x\"") && !dom.contains("<b class=\"x\""))
        #expect(!dom.contains("alt=\"x\"") && dom.contains("alt=\"x&quot; onload=&quot;document.title='PWNED-cap'\""))
        #expect(!dom.contains("href=\"javascript:"))
        #expect(dom.contains("<b id=\"author\">her own HTML</b>"))
        #expect(dom.contains("data:image/png;base64,"))
    }

    /// The page's DOM after Chromium loaded it and ran whatever it would run.
    static func dom(of page: String, in workspace: TestWorkspace) throws -> String {
        let html = workspace.root + "/page.html"
        try page.write(toFile: html, atomically: true, encoding: .utf8)
        let (status, dom) = try Subprocess.run([HTMLExporterTests.chromium!, "--headless", "--no-sandbox", "--disable-gpu",
                                                "--virtual-time-budget=2000", "--dump-dom", "file://\(html)"])
        #expect(status == 0)
        return dom
    }
}
