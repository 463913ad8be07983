import ArgumentParser
import Foundation
import NotebookKit

/// `metriclab new`: start a notebook from a template that runs as it is.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create notebooks/NAME.md from a short template that runs as it is."
    )

    @Argument(help: "The notebook's name, e.g. 12-my-loss.")
    var name: String

    @Option(help: "The folder of notebooks.")
    var directory = "notebooks"

    func validate() throws {
        guard FigureLabel.isValid(name), !name.hasSuffix(".md") else {
            throw ValidationError("a notebook name is letters, digits, `-`, `_` and `.` (without .md), got `\(name)`")
        }
    }

    func run() throws {
        let path = (directory as NSString).appendingPathComponent("\(name).md")
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path) already exists")
        }
        try AtomicFile.write(NotebookTemplate.text(name: name), toPath: path)
        print("created \(path); run it with `metriclab run \(path)`")
    }
}
