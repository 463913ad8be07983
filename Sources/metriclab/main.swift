import ArgumentParser

/// The `metriclab` command line: a thin tree of subcommands over the libraries.
struct MetricLabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metriclab",
        abstract: "Deep metric learning notebooks: run, check and verify.",
        subcommands: [VerifyCommand.self])
}

MetricLabCommand.main()
