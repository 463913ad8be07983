import Foundation
import Testing
@testable import NotebookKit

/// `metriclab export --site`: every notebook a page, an index from the README's table, navigation,
/// the figures' further formats copied and linked, relative links only, and a folder replaced only
/// when it is a previous site.
@Suite struct SiteExportTests {
    static let pdf = Data("%PDF-1.4 a figure drawn as PDF\n".utf8)
    static let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>".utf8)

    /// A project of three notebooks (the first woven with a figure in three formats and a link to
    /// the second), a README whose table lists the first two, and a file of the user's.
    static func project(readme: String? = Self.readme) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        let source = """
            # First notebook

            See [the second](02-b.md#details) and [the data](../data/points.csv).

            ```swift
            //| label: fig-dot
            //| fig-format: png, pdf, svg
            show(dot)
            ```

            """
        let first = try workspace.notebook("01-a", source)
        try FileManager.default.createDirectory(atPath: first.figures, withIntermediateDirectories: true)
        try HTMLExporterTests.onePixelPNG.write(to: URL(fileURLWithPath: first.figures + "/fig-dot.png"))
        try Self.pdf.write(to: URL(fileURLWithPath: first.figures + "/fig-dot.pdf"))
        try Self.svg.write(to: URL(fileURLWithPath: first.figures + "/fig-dot.svg"))
        let output = CellOutput(segments: [.figure(file: "fig-dot.png", caption: "A dot", also: ["fig-dot.pdf", "fig-dot.svg"])])
        let notebook = try Notebook(text: source, name: first.name, displayPath: first.displayPath)
        try Weaver(notebook: notebook, figureLink: first.figureLink).weave([1: output]).write(toFile: first.notebook, atomically: true, encoding: .utf8)
        _ = try workspace.notebook("02-b", "# Second notebook\n\n## Details\n\nBack to [the first](01-a.md).\n")
        _ = try workspace.notebook("03-c", "# Third *notebook*\n\nNot in the README's table.\n")
        try FileManager.default.createDirectory(atPath: workspace.root + "/data", withIntermediateDirectories: true)
        try "x,y\n1,2\n".write(toFile: workspace.root + "/data/points.csv", atomically: true, encoding: .utf8)
        if let readme {
            try readme.write(toFile: workspace.root + "/README.md", atomically: true, encoding: .utf8)
        }
        return workspace
    }

    static let readme = """
        # The project

        | what | notebook |
        | --- | --- |
        | a table of something else | no links |

        ## Notebooks

        | notebook | what it shows |
        | --- | --- |
        | [01-a](notebooks/01-a.md) | the first, with a dot |
        | [02-b](notebooks/02-b.md) | the second, in the (s_n, s_p) plane |

        """

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func everyNotebookIsAPageLinkedFromTheIndexAndItsNeighbours() throws {
        let workspace = try Self.project()
        let site = workspace.root + "/site"
        let summary = try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
        #expect(summary.pages == ["index.html", "01-a.html", "02-b.html", "03-c.html"])
        #expect(summary.files == ["files/data/points.csv", "files/figures/01-a/fig-dot.pdf", "files/figures/01-a/fig-dot.svg"])

        let index = try read(site + "/index.html")
        #expect(index.contains("<title>The project</title>"))
        #expect(index.contains("<a href=\"01-a.html\">01-a</a>") && index.contains("<a href=\"02-b.html\">02-b</a>"))
        #expect(index.contains("the first, with a dot") && !index.contains("a table of something else"))
        #expect(index.contains("in the (s_n, s_p) plane"), "an intraword underscore is text in the index, as on GitHub")
        #expect(index.contains("<h2>More notebooks</h2>") && index.contains("<a href=\"03-c.html\">Third *notebook*</a>"))

        let first = try read(site + "/01-a.html")
        #expect(first.contains("<a href=\"02-b.html#details\">the second</a>"))
        #expect(first.contains("<a href=\"files/data/points.csv\">the data</a>"))
        #expect(first.contains("<a href=\"files/figures/01-a/fig-dot.pdf\">PDF</a>") && first.contains("<a href=\"files/figures/01-a/fig-dot.svg\">SVG</a>"))
        #expect(first.contains("data:image/png;base64,\(HTMLExporterTests.onePixelPNG.base64EncodedString())"))
        #expect(first.contains("<a href=\"index.html\">Index</a> <a rel=\"next\" href=\"02-b.html\">Second notebook →</a>"))
        #expect(try read(site + "/02-b.html").contains("<a rel=\"prev\" href=\"01-a.html\">← First notebook</a>"))
        #expect(try read(site + "/02-b.html").contains("<a href=\"01-a.html\">the first</a>"))
        #expect(FileManager.default.contents(atPath: site + "/files/figures/01-a/fig-dot.pdf") == Self.pdf)
        #expect(FileManager.default.contents(atPath: site + "/files/figures/01-a/fig-dot.svg") == Self.svg)
        for page in summary.pages {
            let html = try read(site + "/" + page)
            #expect(!html.contains(".md\"") && !html.contains(".md#") && !html.contains("href=\"../") && !html.contains("href=\"/"), "\(page) links outside the site")
        }
    }

    @Test func withoutAREADMETableTheIndexListsTheTitles() throws {
        let workspace = try Self.project(readme: nil)
        try SiteExport(notebooks: workspace.root + "/notebooks", output: workspace.root + "/site").write()
        let index = try read(workspace.root + "/site/index.html")
        #expect(index.contains("<title>Notebooks</title>"))
        #expect(index.contains("<a href=\"01-a.html\">01-a.md</a></td><td>First notebook</td>"))
        #expect(index.contains("<a href=\"03-c.html\">03-c.md</a></td><td>Third *notebook*</td>"))
        #expect(!index.contains("More notebooks"))
    }

    @Test func aPreviousSiteIsReplacedWhole() throws {
        let workspace = try Self.project()
        let site = workspace.root + "/site"
        try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
        try FileManager.default.removeItem(atPath: workspace.root + "/notebooks/03-c.md")
        try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
        #expect(!FileManager.default.fileExists(atPath: site + "/03-c.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/02-b.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderThatIsNotAPreviousSiteIsRefusedAndKept() throws {
        let workspace = try Self.project()
        let notebooks = workspace.root + "/notebooks"
        #expect(throws: FileError.self) { try SiteExport(notebooks: notebooks, output: workspace.root) }
        #expect(throws: FileError.self) { try SiteExport(notebooks: notebooks, output: workspace.root + "/README.md") }
        do {
            _ = try SiteExport(notebooks: notebooks, output: notebooks)
            Issue.record("the notebooks' own folder was accepted as the site")
        } catch let error as FileError {
            #expect(error.description.contains("is not a site metriclab wrote"))
        }
        // A file the user put into a previous site is theirs: the site is not replaced.
        let site = workspace.root + "/site"
        try SiteExport(notebooks: notebooks, output: site).write()
        try "my domain\n".write(toFile: site + "/CNAME", atomically: true, encoding: .utf8)
        do {
            _ = try SiteExport(notebooks: notebooks, output: site)
            Issue.record("a site holding a file of the user's was accepted")
        } catch let error as FileError {
            #expect(error.path == (site as NSString).standardizingPath + "/CNAME")
        }
        #expect(try read(site + "/CNAME") == "my domain\n")
        #expect(try read(workspace.root + "/README.md") == Self.readme)
    }

    @Test func aBrokenLinkNamesTheNotebookAndWritesNothing() throws {
        let workspace = try Self.project()
        _ = try workspace.notebook("04-d", "# Fourth\n\nSee [the missing notes](../notes/missing.md).\n")
        let site = workspace.root + "/site"
        do {
            try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
            Issue.record("a site with a broken link was written")
        } catch let error as FileError {
            #expect(error.path == "notebooks/04-d.md")
            #expect(error.message.contains("links to ../notes/missing.md, which is not a file of the project"))
        }
        #expect(POSIXFile.kind(of: site) == .missing)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aREADMERowLinkingToAMissingNotebookIsNamed() throws {
        let workspace = try Self.project(readme: Self.readme + "| [17-later](notebooks/17-later.md) | not written yet |\n")
        do {
            try SiteExport(notebooks: workspace.root + "/notebooks", output: workspace.root + "/site").write()
            Issue.record("a README row linking to a missing notebook was accepted")
        } catch let error as FileError {
            #expect(error.description.hasPrefix("README.md: links to notebooks/17-later.md, which is not a file of the project"), "\(error)")
        }
    }

    @Test func aNotebookCalledIndexIsRefused() throws {
        let workspace = try Self.project()
        _ = try workspace.notebook("index", "# Index\n")
        #expect(throws: FileError(path: "notebooks/index.md", message: "its page would be the site's index.html: rename the notebook")) {
            try SiteExport(notebooks: workspace.root + "/notebooks", output: workspace.root + "/site")
        }
    }

    @Test func theIndexTableIsFoundOutsideCodeBlocksOnly() {
        let lines = ["```", "| a | b |", "| --- | --- |", "```", "", "| c | d |", "| :--- | ---: |", "| 1 | 2 |", "not a row"]
        #expect(SiteIndex.tables(in: lines) == [["| c | d |", "| :--- | ---: |", "| 1 | 2 |"]])
    }
}

/// Which paragraphs of a page are centred as captions.
@Suite struct CaptionTests {
    @Test func onlyAParagraphThatIsOneEmphasisIsACaption() {
        #expect(HTMLExporter.captions(in: "<p><em>A dot, drawn</em></p>") == "<p class=\"caption\"><em>A dot, drawn</em></p>")
        #expect(HTMLExporter.captions(in: "<p><em>a</em> and <em>b</em></p>") == "<p><em>a</em> and <em>b</em></p>")
        #expect(HTMLExporter.captions(in: "<p>The first is the <em>oracle</em>: one medoid</p>") == "<p>The first is the <em>oracle</em>: one medoid</p>")
    }

    @Test func aWovenCaptionIsCentredAndEmphasisInProseIsNot() throws {
        let workspace = try SiteExportTests.project()
        _ = try workspace.notebook("02-b", "# Second\n\nThe first is the *oracle*: one medoid per class.\n")
        let site = workspace.root + "/site"
        try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
        #expect(try String(contentsOfFile: site + "/01-a.html", encoding: .utf8).contains("<p class=\"caption\"><em>A dot</em></p>"))
        #expect(try String(contentsOfFile: site + "/02-b.html", encoding: .utf8).contains("<p>The first is the <em>oracle</em>: one medoid per class.</p>"))
    }
}
