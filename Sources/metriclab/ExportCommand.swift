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

    @Option(name: .shortAndLong, help: "Where to write the page (default: NAME.html in the current folder).")
    var output: String?

    func validate() throws {
        guard html else { throw ValidationError("choose a format: --html") }
    }

    func run() throws {
        let paths = NotebookPaths(notebook: path)
        let page = try HTMLExporter.page(for: paths)
        let destination = output ?? "\(paths.name).html"
        try AtomicFile.write(page, toPath: destination)
        print("wrote \(destination)")
    }
}
