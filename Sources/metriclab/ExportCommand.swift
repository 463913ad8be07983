import ArgumentParser
import Foundation
import NotebookKit

/// `metriclab export --html`: one standalone HTML page of a woven notebook.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a woven notebook as one standalone HTML page (figures embedded)."
    )

    @Flag(help: "Export as HTML (the only format so far).")
    var html = false

    @Argument(help: "The notebook file.")
    var path: String

    @Option(name: .shortAndLong, help: "Where to write the page (default: NAME.html in the current folder); only an HTML page is replaced.")
    var output: String?

    func validate() throws {
        guard html else { throw ValidationError("choose a format: --html") }
    }

    func run() throws {
        let export = try ExportPaths(notebook: path, output: output)
        try export.write(HTMLExporter.page(for: export.notebook))
        print("wrote \(export.page)")
    }
}
