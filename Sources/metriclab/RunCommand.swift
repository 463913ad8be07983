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

    @Option(name: [.customShort("P"), .customLong("parameter")],
            help: ArgumentHelp("Run with NAME=VALUE in place of the default in the notebook's `//| parameters` cell (repeatable).",
                               valueName: "NAME=VALUE"))
    var parameters: [String] = []

    @Flag(help: "With -P, write the result over the notebook (its parameters cell then holds the values) instead of beside it as NAME@NAME=VALUE,….md.")
    var overwrite = false

    func validate() throws {
        if overwrite && parameters.isEmpty { throw ValidationError("--overwrite goes with -P NAME=VALUE") }
    }

    func run() throws {
        let request = try ParameterRequest(arguments: parameters, overwrite: overwrite)
        let runner = try options.runner()
        let notebooks = try NotebookBatch.notebooks(in: paths).map { NotebookPaths(notebook: $0) }
        let printer = ProgressPrinter.standard(jobs: options.jobs)
        let failures = NotebookBatch.run(notebooks, runner: runner, jobs: options.jobs, printer: printer, parameters: request)
        if !failures.isEmpty {
            printer.failure("run: \(failures.count) of \(notebooks.count) notebooks failed: \(failures.map(\.0.displayPath).joined(separator: ", "))")
            throw ExitCode(1)
        }
    }
}
