import Foundation
@testable import NotebookKit

/// Headless Chromium driven over its DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// JSON messages ended by a NUL byte, commands on its descriptor 3, answers on 4), so that a test
/// keeps one page open while the world around it changes, and asks the page what it shows.
final class ChromiumPipe {
    private let pid: pid_t
    private let commands: FileHandle
    private let answers: FileHandle
    private var buffer = Data()
    private var nextID = 0
    private var session: String?

    /// Starts Chromium with a blank profile in `profile`.
    init(profile: String) throws {
        var toChromium: [Int32] = [0, 0]
        var fromChromium: [Int32] = [0, 0]
        guard pipe(&toChromium) == 0, pipe(&fromChromium) == 0 else { throw FileError(path: "chromium", message: "no pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Out of the way of 3 and 4 first, so that the moves below never land on their own source.
        let read = fcntl(toChromium[0], F_DUPFD_CLOEXEC, 10), write = fcntl(fromChromium[1], F_DUPFD_CLOEXEC, 10)
        posix_spawn_file_actions_adddup2(&actions, read, 3)
        posix_spawn_file_actions_adddup2(&actions, write, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in [toChromium[1], fromChromium[0]] { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let arguments = [HTMLExporterTests.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                         "--user-data-dir=\(profile)", "--window-size=1000,700", "about:blank"]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, arguments[0], &actions, nil, &argv, environ)
        for descriptor in [toChromium[0], fromChromium[1], read, write] { close(descriptor) }
        guard status == 0 else { throw FileError(path: arguments[0], message: "cannot start: \(String(cString: strerror(status)))") }
        pid = child
        commands = FileHandle(fileDescriptor: toChromium[1], closeOnDealloc: true)
        answers = FileHandle(fileDescriptor: fromChromium[0], closeOnDealloc: true)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Sends one command and returns its result, skipping the events that arrive meanwhile.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:]) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        commands.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
        while true {
            let answer = try nextMessage()
            guard answer["id"] as? Int == nextID else { continue }
            if let error = answer["error"] { throw FileError(path: "chromium", message: "\(method): \(error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    /// Opens `url` in a new page and talks to that page from now on.
    func open(_ url: String) throws {
        let target = try send("Target.createTarget", ["url": url])
        let attached = try send("Target.attachToTarget", ["targetId": target["targetId"] as Any, "flatten": true])
        session = attached["sessionId"] as? String
    }

    /// The value of a JavaScript expression in the page (nil when it threw or is not JSON).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        return (result["result"] as? [String: Any])?["value"]
    }

    private func nextMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = buffer[buffer.startIndex ..< end]
                buffer = Data(buffer[(end + 1)...])
                return (try JSONSerialization.jsonObject(with: message)) as? [String: Any] ?? [:]
            }
            let more = answers.availableData
            guard !more.isEmpty else { throw FileError(path: "chromium", message: "closed its pipe") }
            buffer += more
        }
    }
}
