import ArgumentParser
import NotebookKit

/// `metriclab check`: fail if running the notebooks would change any notebook or figure.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run notebooks from scratch (no cached training run) in a scratch copy; fail with a summary if any notebook or figure would change."
    )

    @Argument(help: "Notebook files or folders of notebooks.")
    var paths: [String] = ["notebooks"]

    @OptionGroup var options: RunnerOptions

    func run() throws {
        var runner = try options.runner()
        // A check proves the notebooks from scratch: no training run comes from the cache.
        if runner.runCache == .kept { runner.runCache = .empty }
        let notebooks = try NotebookBatch.notebooks(in: paths).map { NotebookPaths(notebook: $0) }
        let printer = ProgressPrinter.standard(jobs: options.jobs)
        let report = try TreeCheck.check(notebooks, runner: runner, jobs: options.jobs, printer: printer)
        for line in report.lines { printer.message(line) }
        if !report.isClean {
            throw ExitCode(1)
        }
    }
}
