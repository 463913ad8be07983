import ArgumentParser

/// `metriclab`: run, check, watch and export the notebooks.
struct MetricLabCommand: ParsableCommand {
    /// Every subcommand; a new one is added here and nowhere else.
    static let subcommands: [any ParsableCommand.Type] = [
        RunCommand.self, CheckCommand.self, WatchCommand.self, PreviewCommand.self, ExportCommand.self, NewCommand.self,
        VerifyCommand.self, BenchCommand.self,
    ]

    static let configuration = CommandConfiguration(
        commandName: "metriclab",
        abstract: "Run MetricLab's Markdown notebooks and weave their outputs and figures back in.",
        subcommands: subcommands
    )
}
