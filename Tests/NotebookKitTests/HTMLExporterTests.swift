import Foundation
import Testing
@testable import NotebookKit

/// The standalone HTML page of a woven notebook.
@Suite struct HTMLExporterTests {
    static let onePixelPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    func export(_ text: String) throws -> String {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("page", text)
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        try Self.onePixelPNG.write(to: URL(fileURLWithPath: paths.figures + "/dot.png"))
        return try HTMLExporter.page(for: paths)
    }

    @Test func figuresAreEmbeddedAndCodeIsHighlighted() throws {
        let page = try export("""
            # A page

            Prose with a formula $d_{an}^2 + \\alpha$ and `$code$`.

            ```swift
            //| label: dot
            let steps = 400 // a comment
            ```

            <!-- metriclab:output -->
            ![The dot](../figures/page/dot.png)

            <!-- metriclab:end -->
            """)
        #expect(page.contains("<title>A page</title>"))
        #expect(page.contains("data:image/png;base64,\(Self.onePixelPNG.base64EncodedString())"))
        #expect(!page.contains("../figures/page/dot.png"))
        #expect(page.contains("<span class=\"kw\">let</span> steps = <span class=\"num\">400</span> <span class=\"com\">// a comment</span>"))
        #expect(!page.contains("//| label"))
        #expect(page.contains("d<sub>an</sub><sup>2</sup> + α"))
        #expect(page.contains("<code>$code$</code>"))
    }

    @Test func echoFalseHidesTheCodeButNotItsOutput() throws {
        let page = try export("```swift\n//| echo: false\nlet hidden = 1\n```\n\n<!-- metriclab:output -->\n```text\nshown\n```\n\n<!-- metriclab:end -->\n")
        #expect(!page.contains("hidden"))
        #expect(page.contains("shown"))
    }

    @Test(arguments: ["../figures/my%20page/dot.png", "<../figures/my page/dot.png>", "../figures/my%20page/d%6Ft.png \"a title\""])
    func percentEncodedAndAngleBracketLinksAreEmbedded(_ link: String) throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("my page", "# Spaces\n\n![dot](\(link))\n")
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        try Self.onePixelPNG.write(to: URL(fileURLWithPath: paths.figures + "/dot.png"))
        let page = try HTMLExporter.page(for: paths)
        #expect(page.contains("<img src=\"data:image/png;base64,\(Self.onePixelPNG.base64EncodedString())\""))
    }

    @Test func onlyImagesInsideTheProjectAreEmbedded() throws {
        let workspace = try TestWorkspace()
        try Data("secret".utf8).write(to: URL(fileURLWithPath: workspace.root + "/notebooks/secret.png.txt"))
        let outside = NSTemporaryDirectory() + "/outside-\(UUID().uuidString).png"
        try Self.onePixelPNG.write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let paths = try workspace.notebook("leak", "![a](secret.png.txt) ![b](\(outside)) ![c](../../\((outside as NSString).lastPathComponent))\n")
        let page = try HTMLExporter.page(for: paths)
        #expect(!page.contains("data:"))
        #expect(!page.contains(Data("secret".utf8).base64EncodedString()))
    }

    @Test func theTitleIsTheAuthorsFirstHeadingNeverAnOutput() throws {
        let section = ["# Output heading", ""]
        let woven = "Intro.\n\n```swift\nlet a = 1\n```\n\n<!-- metriclab:output -->\n" + section.joined(separator: "\n")
            + "\n\(Notebook.endMarker(for: section))\n\n# The author's <title>\n"
        let page = try export(woven)
        #expect(page.contains("<title>The author's &lt;title&gt;</title>"))
        #expect(try export("```swift\nlet a = 1\n```\n\n<!-- metriclab:output -->\n" + section.joined(separator: "\n")
            + "\n\(Notebook.endMarker(for: section))\n").contains("<title>page</title>"))
    }

    @Test func anEscapedDollarIsNotAFormula() throws {
        let page = try export("Costs \\$5 and \\$6, and $x_1$.\n")
        #expect(page.contains("$5 and $6") && page.contains("x<sub>1</sub>"))
    }

    /// As on GitHub (CommonMark), an underscore between letters or digits is text, never emphasis;
    /// one at a word's edge still is.
    @Test func intrawordUnderscoresAreNotEmphasis() throws {
        let page = try export("The pair (s_n, s_p) and z_I + μ; a snake__case name; _this_ is emphasis.\n")
        #expect(page.contains("(s_n, s_p) and z_I + μ; a snake__case name;"))
        #expect(page.contains("<em>this</em> is emphasis"))
        #expect(!page.contains("s<em>"))
    }

    /// `<https://…>` and `<name@host>` are links to themselves, as in CommonMark, and the rest of
    /// the paragraph and the next one are still Markdown; `<b>` is still the author's HTML.
    @Test func autolinksAreLinks() throws {
        let page = try export("See <https://example.org/a_b> or <me@example.org>, and [x](https://example.org) in <b>bold</b>.\n\nNext *one*.\n")
        #expect(page.contains("<a href=\"https://example.org/a_b\">https://example.org/a_b</a>"))
        #expect(page.contains("<a href=\"mailto:me@example.org\">me@example.org</a>"))
        #expect(page.contains("<a href=\"https://example.org\">x</a> in <b>bold</b>"))
        #expect(page.contains("<p>Next <em>one</em>.</p>"))
    }

    /// In a cell's output an autolink is a link too, but never to a scheme that runs code.
    @Test func anOutputsAutolinkCannotRunCode() {
        let html = HTMLExporter.outputHTML(["see <https://example.org/x> and <javascript:alert(1)>"])
        #expect(html.contains("<a href=\"https://example.org/x\">https://example.org/x</a>"))
        #expect(!html.contains("href=\"javascript:") && html.contains("<a href=\"#\">javascript:alert(1)</a>"))
    }

    /// An underscore in a link's or an image's address stays as written, so the link leads where
    /// it says and the figure is embedded.
    @Test func underscoresInAddressesStayAsWritten() throws {
        let page = try export("See [the data](../data/x_y.csv) and [site](https://example.org/c_d).\n\n![dot](../figures/page/dot.png)\n")
        #expect(page.contains("href=\"../data/x_y.csv\"") && page.contains("href=\"https://example.org/c_d\""))
        #expect(!page.contains("\\_"))
    }

    @Test func displayMathAndFractionsAreReadable() {
        #expect(TeXText.html("\\frac{a}{b} \\le \\mathbb{R}^n") == "(a)/(b) ≤ ℝ<sup>n</sup>")
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed"))
    func aBrowserRendersTheFigure() throws {
        let workspace = try TestWorkspace()
        let page = try export("# Shot\n\nSome prose.\n\n```swift\nlet a = 1\n```\n\n![dot](../figures/page/dot.png)\n")
        let html = workspace.root + "/page.html"
        let shot = workspace.root + "/page.png"
        try page.write(toFile: html, atomically: true, encoding: .utf8)
        let (status, _) = try Subprocess.run([Self.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(shot)", "--window-size=800,600", "file://\(html)"])
        #expect(status == 0)
        let (_, dom) = try Subprocess.run([Self.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://\(html)"])
        #expect(dom.contains("Some prose.") && dom.contains("data:image/png;base64"))
        let screenshot = try #require(FileManager.default.contents(atPath: shot))
        #expect(screenshot.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }
}
