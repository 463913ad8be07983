import Foundation

/// `metriclab preview`: the notebook's page served on localhost, rerun each time the notebook is
/// saved (by `NotebookWatcher` and the runner), the page reloading itself when the new outputs are
/// woven. A failed run shows its error above the outputs of the last good run.
public struct NotebookPreview: Sendable {
    /// The notebook previewed.
    public var paths: NotebookPaths
    /// The port asked for; 0 takes a free one.
    public var port: UInt16

    /// A preview of the notebook at `paths` on `port`.
    public init(paths: NotebookPaths, port: UInt16 = 0) {
        self.paths = paths
        self.port = port
    }

    /// Serves the page, tells `announce` its URL, then runs the notebook on every save until
    /// the process is stopped. A missing notebook or a port in use is an error before anything is served.
    public func serve(makeRunner: () throws -> NotebookRunner, printer: ProgressPrinter, announce: (String) -> Void) throws {
        guard POSIXFile.kind(of: paths.notebook) == .file else {
            throw FileError(path: paths.displayPath, message: "no such notebook")
        }
        let state = initialState()
        let server = PreviewServer(paths: paths, state: state)
        let bound = try server.start(port: port)
        announce("http://127.0.0.1:\(bound)\(PreviewServer.urlPath(server.pagePath))")
        try NotebookWatcher(paths: paths).watch(makeRunner: makeRunner, printer: printer, onRun: { event in
            switch event {
            case .started:
                state.update { $0.running = true }
            case .succeeded:
                let page = Result { try HTMLExporter.rendered(paths) }
                state.update { snapshot in
                    switch page {
                    case let .success(page): (snapshot.page, snapshot.error) = (page, nil)
                    case let .failure(error): snapshot.error = "\(error)"
                    }
                    snapshot.running = false
                    snapshot.version += 1
                }
            case let .failed(error):
                state.update { snapshot in
                    (snapshot.error, snapshot.running) = ("\(error)", false)
                    snapshot.version += 1
                }
            }
        })
    }

    /// The notebook as it is on disk, before the first run; a notebook that cannot be read shows its error.
    private func initialState() -> PreviewState {
        do {
            return PreviewState(page: try HTMLExporter.rendered(paths))
        } catch {
            return PreviewState(page: HTMLExporter.Rendered(title: paths.name, body: ""), error: "\(error)")
        }
    }
}
