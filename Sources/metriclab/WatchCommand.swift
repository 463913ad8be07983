import ArgumentParser
import NotebookKit

/// `metriclab watch`: re-run a notebook each time it is saved.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run a notebook, then run it again each time it is saved or the library is rebuilt (Ctrl-C to stop)."
    )

    @Argument(help: "The notebook file.")
    var path: String

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let watcher = NotebookWatcher(paths: NotebookPaths(notebook: path))
        try watcher.watch(makeRunner: options.runner, printer: .standard(jobs: 1))
    }
}
