import ArgumentParser
import NotebookKit

/// `metriclab run`: run notebooks and weave their outputs back in place.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run notebooks, weave their outputs back in place and write their figures."
    )

    @Argument(help: "Notebook files or folders of notebooks.")
    var paths: [String] = ["notebooks"]

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let runner = try options.runner()
        let notebooks = try NotebookBatch.notebooks(in: paths).map { NotebookPaths(notebook: $0) }
        let printer = ProgressPrinter.standard(jobs: options.jobs)
        let failures = NotebookBatch.run(notebooks, runner: runner, jobs: options.jobs, printer: printer)
        if !failures.isEmpty {
            printer.failure("run: \(failures.count) of \(notebooks.count) notebooks failed: \(failures.map(\.0.displayPath).joined(separator: ", "))")
            throw ExitCode(1)
        }
    }
}
