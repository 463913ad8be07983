import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server (FlyingFox), bound to 127.0.0.1 only. It serves the notebook's
/// page, the state the page polls, and the files of the notebook's own figure folder (the
/// further formats an `Also as:` line links); nothing else of the disk.
struct PreviewServer: Sendable {
    /// The notebook previewed.
    var paths: NotebookPaths
    /// What the page shows.
    var state: PreviewState

    /// The page's path on the server: the notebook's place in its project, `.md` made `.html`
    /// (`/notebooks/NAME.html`), so that its relative figure links name the figures' places.
    var pagePath: String {
        "/" + (paths.displayPath as NSString).deletingPathExtension + ".html"
    }

    /// Where the figure folder is served (`/figures/NAME/`).
    var figuresPath: String {
        "/figures/\(paths.name)/"
    }

    /// Starts serving on `port` (0: a free port) and returns the port, once it listens; the
    /// server then runs until the process ends.
    func start(port: UInt16) throws -> UInt16 {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled, handler: ClosureHTTPHandler { request in
            respond(to: request)
        })
        let listening = Listening()
        Task {
            do { try await server.run() } catch { listening.finish(.failure(error)) }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 30)
                guard case let .ip4(_, port)? = await server.listeningAddress else { throw FileError(path: "127.0.0.1", message: "the preview server has no address") }
                listening.finish(.success(port))
            } catch {
                listening.finish(.failure(error))
            }
        }
        do {
            return try listening.wait().get()
        } catch let SocketError.failed(_, _, message) {
            throw FileError(path: "127.0.0.1:\(port)", message: "cannot serve the preview: \(message.lowercased()): choose another port with --port, or none for a free one")
        } catch {
            throw FileError(path: "127.0.0.1:\(port)", message: "cannot serve the preview: \(error.localizedDescription)")
        }
    }

    /// The answer to one request.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else { return text(.methodNotAllowed, "only GET") }
        let path = request.path.removingPercentEncoding ?? request.path
        let snapshot = state.read()
        switch path {
        case "/":
            return HTTPResponse(statusCode: .found, headers: [.location: Self.urlPath(pagePath)], body: Data())
        case pagePath:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(PreviewPage.html(snapshot).utf8))
        case PreviewPage.statePath:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: Data(PreviewPage.stateJSON(snapshot).utf8))
        default:
            return figure(at: path) ?? text(.notFound, "not found: the preview serves its notebook's page and figures only")
        }
    }

    /// A file of the notebook's figure folder, when `path` names one (no subfolder, no hidden file).
    private func figure(at path: String) -> HTTPResponse? {
        guard path.hasPrefix(figuresPath) else { return nil }
        let name = String(path.dropFirst(figuresPath.count))
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        let file = (paths.figures as NSString).appendingPathComponent(name)
        guard POSIXFile.kind(of: file) == .file, let data = try? POSIXFile.read(file) else { return nil }
        let type = Self.contentTypes[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    private func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data((message + "\n").utf8))
    }

    /// `path` as it goes into a URL: each component percent-encoded.
    static func urlPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { NotebookPaths.percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// Content types of the files a figure folder holds.
    static let contentTypes = [
        "png": "image/png", "gif": "image/gif", "svg": "image/svg+xml", "pdf": "application/pdf",
        "gp": "text/plain; charset=utf-8", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
    ]
}

/// The outcome of starting the server, handed from its task to the thread waiting for it.
private final class Listening: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<UInt16, any Error>?

    /// Records the first outcome.
    func finish(_ result: Result<UInt16, any Error>) {
        let first = lock.withLock {
            guard outcome == nil else { return false }
            outcome = result
            return true
        }
        if first { done.signal() }
    }

    /// Waits for the outcome.
    func wait() -> Result<UInt16, any Error> {
        done.wait()
        return lock.withLock { outcome! }
    }
}
