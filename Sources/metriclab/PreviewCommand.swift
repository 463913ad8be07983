import ArgumentParser
import NotebookKit

/// `metriclab preview`: the notebook's page in the browser, rerun and reloaded on every save.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a notebook's page on 127.0.0.1, rerun it when it is saved and reload the page (Ctrl-C to stop).",
        discussion: """
            The page is the one `export --html` writes. It polls the server and reloads itself, keeping its scroll \
            position, when a run ends; a failed run shows its error above the outputs of the last good run.
            """
    )

    @Argument(help: "The notebook file.")
    var path: String

    @Option(help: "The port to listen on (default: a free one, printed).")
    var port: UInt16 = 0

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let preview = NotebookPreview(paths: NotebookPaths(notebook: path), port: port)
        let printer = ProgressPrinter.standard(jobs: 1)
        try preview.serve(makeRunner: options.runner, printer: printer) { url in
            printer.message("previewing \(preview.paths.displayPath) at \(url) (Ctrl-C to stop)")
        }
    }
}
