import Foundation

/// What the preview shows, shared by the loop that runs the notebook and the server that serves it.
final class PreviewState: @unchecked Sendable {
    /// One moment of the preview.
    struct Snapshot: Sendable {
        /// Counts the runs that ended: the page reloads when it changes.
        var version = 0
        /// The notebook of the last good run (or as it was found, before any), rendered.
        var page: HTMLExporter.Rendered
        /// The last run's error (`notebooks/NAME.md:LINE: …`), or nil when it succeeded.
        var error: String?
        /// Whether a run is under way.
        var running = false
    }

    private let lock = NSLock()
    private var snapshot: Snapshot

    /// A state showing `page`, or `error` when the notebook could not be rendered.
    init(page: HTMLExporter.Rendered, error: String? = nil) {
        snapshot = Snapshot(page: page, error: error)
    }

    /// The state now.
    func read() -> Snapshot {
        lock.withLock { snapshot }
    }

    /// Changes the state in one step.
    func update(_ change: (inout Snapshot) -> Void) {
        lock.withLock { change(&snapshot) }
    }
}
