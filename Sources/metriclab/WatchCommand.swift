import ArgumentParser
import Foundation
import NotebookKit

/// `metriclab watch`: re-run a notebook each time it is saved.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run a notebook, then run it again each time it is saved (Ctrl-C to stop)."
    )

    @Argument(help: "The notebook file.")
    var path: String

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let runner = try options.runner()
        let paths = NotebookPaths(notebook: path)
        let printer = ProgressPrinter.standard(jobs: 1)
        var seen: String?
        while true {
            let current = StableHash.ofFile(atPath: paths.notebook)
            if current != seen {
                do {
                    _ = try runner.run(paths) { printer.report($0, notebook: paths.displayPath) }
                } catch {
                    printer.failure("\(error)")
                }
                seen = StableHash.ofFile(atPath: paths.notebook)
                printer.message("watching \(paths.displayPath) (Ctrl-C to stop)")
            }
            Thread.sleep(forTimeInterval: 0.3)
        }
    }
}
