import ArgumentParser
import Foundation
import NotebookKit

/// `metriclab export`: a woven notebook as one standalone HTML page (`--html`), or a folder of
/// notebooks as a static website (`--site`).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a woven notebook as one standalone HTML page (figures embedded), or a folder of notebooks as a website.",
        discussion: """
            --site writes every notebook of the folder as a page, an index (the README's table of notebooks), \
            navigation between the pages and the figures' further formats, all linked relatively. It replaces \
            only a folder that is missing, empty or a site it wrote before, and writes the whole site or nothing.
            """
    )

    @Flag(help: "Export one notebook as an HTML page.")
    var html = false

    @Flag(help: "Export a folder of notebooks as a website.")
    var site = false

    @Argument(help: "The notebook file (--html), or the folder of notebooks (--site).")
    var path: String

    @Option(name: .shortAndLong, help: "Where to write: the page (default NAME.html in the current folder; only an HTML page is replaced), or the site's folder (default site).")
    var output: String?

    func validate() throws {
        guard html != site else { throw ValidationError("choose one format: --html or --site") }
    }

    func run() throws {
        if site {
            let export = try SiteExport(notebooks: path, output: output ?? "site")
            let summary = try export.write()
            print("wrote \(export.output): \(summary.pages.count) pages, \(summary.files.count) linked files")
        } else {
            let export = try ExportPaths(notebook: path, output: output)
            try export.write(HTMLExporter.page(for: export.notebook))
            print("wrote \(export.page)")
        }
    }
}
