import Foundation

/// `metriclab watch`: runs a notebook, then again whenever its text or the MetricLab library
/// changes, until told to stop.
public struct NotebookWatcher: Sendable {
    /// The notebook watched.
    public var paths: NotebookPaths
    /// How often to look for changes, in seconds.
    public var pollInterval: Double

    /// A watcher of the notebook at `paths`.
    public init(paths: NotebookPaths, pollInterval: Double = 0.3) {
        self.paths = paths
        self.pollInterval = pollInterval
    }

    /// A run the watcher starts or ends, for whoever shows the notebook (the preview).
    public enum RunEvent {
        /// A run began.
        case started
        /// A run wove its outputs (or found them current).
        case succeeded
        /// A run failed with this error; the notebook was left as it was.
        case failed(any Error)
    }

    /// Watches until `shouldContinue` says no; `makeRunner` is called again after the library
    /// is rebuilt, so the compile cache sees the new library. `onRun` hears each run start and end.
    public func watch(makeRunner: () throws -> NotebookRunner, printer: ProgressPrinter, shouldContinue: () -> Bool = { true },
                      onRun: (RunEvent) -> Void = { _ in }) throws {
        var runner = try makeRunner()
        var seenNotebook: String?
        var seenLibrary = libraryStamp(runner)
        while shouldContinue() {
            let library = libraryStamp(runner)
            if library != seenLibrary {
                runner = try makeRunner()
                seenLibrary = library
                seenNotebook = nil
            }
            let current = StableHash.ofFile(atPath: paths.notebook)
            if current != seenNotebook {
                onRun(.started)
                do {
                    _ = try runner.run(paths) { printer.report($0, notebook: paths.displayPath) }
                    seenNotebook = StableHash.ofFile(atPath: paths.notebook)
                    onRun(.succeeded)
                } catch {
                    printer.failure("\(error)")
                    onRun(.failed(error))
                    // The text the failed run read: an edit saved while it ran (which the run
                    // refuses to overwrite) differs from it and runs at the next poll.
                    seenNotebook = current
                }
                printer.message("watching \(paths.displayPath) (Ctrl-C to stop)")
            }
            Thread.sleep(forTimeInterval: pollInterval)
        }
    }

    /// When the library file was last written: cheap to read on every poll.
    private func libraryStamp(_ runner: NotebookRunner) -> Date? {
        let path = (runner.compiler.library.directory as NSString).appendingPathComponent(MetricLabLibrary.libraryName)
        return (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
