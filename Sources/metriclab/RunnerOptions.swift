import ArgumentParser
import Foundation
import NotebookKit

/// The options every command that runs notebooks shares.
struct RunnerOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "How many notebooks to run at once.")
    var jobs = 1

    @Flag(name: .customLong("no-cache"), help: "Recompile and rerun even when nothing changed, and train every run anew (no cached training run is read or written).")
    var noCache = false

    @Option(help: "Time limit in seconds for a cell without its own `//| timeout:`.")
    var cellTimeout: Double = 300

    @Option(help: "Time limit in seconds for a whole notebook.")
    var notebookTimeout: Double = 900

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        // A limit that is zero, negative, infinite or not a number would mean no limit at all
        // (every comparison with NaN is false), so only a positive finite number of seconds is one.
        for (name, seconds) in [("--cell-timeout", cellTimeout), ("--notebook-timeout", notebookTimeout)] {
            guard seconds > 0, seconds.isFinite else {
                throw ValidationError("\(name) must be a positive number of seconds, found \(seconds)")
            }
        }
    }

    /// A runner over the MetricLab library next to this executable.
    func runner() throws -> NotebookRunner {
        let library = try MetricLabLibrary.nextToExecutable()
        let compiler = Compiler(library: library, cacheDirectory: "")
        return NotebookRunner(compiler: compiler, execution: Execution(cellTimeout: cellTimeout, notebookTimeout: notebookTimeout), useCache: !noCache,
                              runCache: noCache ? .off : .kept)
    }
}
