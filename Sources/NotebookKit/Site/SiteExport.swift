import Foundation

/// `metriclab export --site`: every notebook of a folder as a page of one static site, with an
/// index, navigation between the pages, and the project files they link to (figures in every
/// format drawn) copied in, all linked relatively so that the site works from `file://` and from
/// any static host.
public struct SiteExport: Sendable {
    /// The notebooks, in name order.
    public var notebooks: [NotebookPaths]
    /// The folder the site is written to.
    public var output: String

    /// What an export wrote.
    public struct Summary: Sendable {
        /// The pages, the index first.
        public var pages: [String]
        /// The project files copied in.
        public var files: [String]
    }

    /// The export of the notebooks in `folder` to `output`; throws when there is no notebook, a
    /// notebook's page would be the index, or `output` may not be replaced (see `SiteFolder`).
    public init(notebooks folder: String, output: String) throws {
        notebooks = try NotebookBatch.notebooks(in: [folder]).map { NotebookPaths(notebook: $0) }
        if let index = notebooks.first(where: { Self.pageName(of: $0) == "index.html" }) {
            throw FileError(path: index.displayPath, message: "its page would be the site's index.html: rename the notebook")
        }
        self.output = output
        _ = try SiteFolder(path: output)
    }

    /// The page each notebook becomes.
    static func pageName(of notebook: NotebookPaths) -> String {
        notebook.name + ".html"
    }

    /// A relative link to a notebook's page (its name percent-encoded).
    static func pageLink(of notebook: NotebookPaths) -> String {
        NotebookPaths.percentEncoded(notebook.name) + ".html"
    }

    /// Builds every page and writes the site, all of it or nothing.
    @discardableResult
    public func write() throws -> Summary {
        let folder = try SiteFolder(path: output)
        let root = notebooks[0].root
        var links = SiteLinks(root: root, pages: Dictionary(notebooks.map { ($0.notebook, Self.pageLink(of: $0)) }, uniquingKeysWith: { first, _ in first }))
        let rendered = try notebooks.map { try HTMLExporter.rendered($0) }
        var files: [String: Data] = [:]
        for (index, notebook) in notebooks.enumerated() {
            let neighbours = (index > 0 ? (notebooks[index - 1], rendered[index - 1].title) : nil,
                              index + 1 < notebooks.count ? (notebooks[index + 1], rendered[index + 1].title) : nil)
            let navigation = Self.navigation(previous: neighbours.0, next: neighbours.1)
            let folderOfNotebook = (notebook.notebook as NSString).deletingLastPathComponent
            let body = try links.rewrite(rendered[index].body, from: folderOfNotebook, document: notebook.displayPath)
            let page = HTMLExporter.document(title: rendered[index].title, main: body, head: "\n<style>\(Self.style)</style>",
                                             before: "\n" + navigation, after: "\n" + navigation)
            files[Self.pageName(of: notebook)] = Data(page.utf8)
        }
        let entries = zip(notebooks, rendered).map { SiteIndex.Entry(notebook: $0.notebook, title: $1.title) }
        let index = SiteIndex(entries: entries, readme: (root as NSString).appendingPathComponent("README.md"),
                              notebooksFolder: (notebooks[0].notebook as NSString).deletingLastPathComponent)
        let indexBody = try links.rewrite(index.html, from: index.folder, document: index.source)
        files["index.html"] = Data(HTMLExporter.document(title: index.title, main: indexBody, head: "\n<style>\(Self.style)</style>").utf8)
        for (place, source) in links.copies {
            do {
                files[place] = try POSIXFile.read(source)
            } catch let error as FileError {
                throw FileError(path: source, message: error.message)
            }
        }
        try folder.replace(with: files)
        return Summary(pages: ["index.html"] + notebooks.map(Self.pageName), files: links.copies.keys.sorted())
    }

    /// The links above and below a page: the previous notebook, the index, the next notebook.
    static func navigation(previous: (NotebookPaths, String)?, next: (NotebookPaths, String)?) -> String {
        func link(_ neighbour: (NotebookPaths, String)?, rel: String, arrow: (String, String)) -> String {
            guard let (paths, title) = neighbour else { return "<span></span>" }
            return "<a rel=\"\(rel)\" href=\"\(pageLink(of: paths))\">\(arrow.0)\(HTMLText.escape(title))\(arrow.1)</a>"
        }
        return """
            <nav class="site">\(link(previous, rel: "prev", arrow: ("← ", ""))) <a href="index.html">Index</a> \(link(next, rel: "next", arrow: ("", " →")))</nav>
            """
    }

    /// The navigation's look, beside the page's own style.
    static let style = """
        nav.site { display: flex; justify-content: space-between; gap: 1rem; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; \
        font: 16px/1.4 "DejaVu Sans", Helvetica, sans-serif; border-bottom: 1px solid #ddd; }
        main + nav.site { border-bottom: none; border-top: 1px solid #ddd; }
        nav.site a { color: #0072b2; text-decoration: none; } nav.site a:hover { text-decoration: underline; }
        nav.site a[rel=next] { text-align: right; }
        main td:first-child a { white-space: nowrap; }
        """
}
