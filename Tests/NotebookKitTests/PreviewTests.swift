import Foundation
import Testing
@testable import NotebookKit

/// `metriclab preview` in a browser: the page shows the notebook's outputs, follows each save,
/// keeps its scroll position when it reloads, and shows a failed run's error above the last good outputs.
@Suite(.enabled(if: TestWorkspace.executable != nil && HTMLExporterTests.chromium != nil,
                "needs the release-built metriclab (`swift build -c release`) and chromium"))
struct PreviewTests {
    /// A notebook whose cell prints `words` (spelt apart in the code, so that only the output holds
    /// them whole), followed by enough prose to scroll.
    static func notebook(printing words: String) -> String {
        let spelt = words.split(separator: " ").map { "\"\($0)\"" }.joined(separator: " + \" \" + ")
        let prose = (1...60).map { "Paragraph \($0): prose that makes the page long enough to scroll." }.joined(separator: "\n\n")
        return "# Live\n\n```swift\nprint(\(spelt))\n```\n\n\(prose)\n"
    }

    /// Starts `metriclab preview` on the workspace's notebook and returns it with the URL it printed.
    func startPreview(in workspace: TestWorkspace, arguments: [String] = []) throws -> (Process, String) {
        let log = workspace.root + "/preview.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestWorkspace.executable!)
        process.arguments = ["preview", "notebooks/live.md"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.root)
        process.standardOutput = FileHandle(forWritingAtPath: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let url = poll(for: 60) { () -> String? in
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.firstMatch(of: #/at (http://127\.0\.0\.1:\d+/notebooks/live\.html) /#).map { String($0.1) }
        }
        guard let url else {
            process.terminate()
            throw FileError(path: log, message: "the preview printed no URL")
        }
        return (process, url)
    }

    @Test func thePageFollowsEachSaveKeepsItsScrollAndShowsAFailedRunsError() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("live", Self.notebook(printing: "first output"))
        let (preview, url) = try startPreview(in: workspace)
        defer {
            preview.interrupt()
            preview.waitUntilExit()
        }
        let browser = try ChromiumPipe(profile: workspace.root + "/profile")
        try browser.open(url)
        func shows(_ text: String) -> Bool? {
            (try? browser.evaluate("document.body.innerText.includes('\(text)')")) as? Bool == true ? true : nil
        }
        #expect(poll(for: 180) { shows("first output") } == true, "the first run's output never appeared")

        #expect(try browser.evaluate("scrollTo(0, 900); scrollY") as? Int == 900)
        try AtomicFile.write(Self.notebook(printing: "second output"), toPath: paths.notebook)
        #expect(poll(for: 180) { shows("second output") } == true, "the saved edit's output never appeared")
        #expect(try browser.evaluate("scrollY") as? Int == 900, "the reload lost the scroll position")
        #expect(try browser.evaluate("document.getElementById('metriclab-error')") is NSNull)

        let broken = Self.notebook(printing: "second output").replacingOccurrences(of: "print(", with: "print(undefinedName, ")
        try AtomicFile.write(broken, toPath: paths.notebook)
        let error = poll(for: 180) { (try? browser.evaluate("document.getElementById('metriclab-error')?.innerText")) as? String }
        #expect(error?.contains("notebooks/live.md:4:") == true, "the error does not name the cell's line: \(error ?? "none")")
        #expect(error?.contains("undefinedName") == true)
        #expect(shows("second output") == true, "the last good output is gone")

        // The server answers for the page, its state and its figures, and nothing else of the disk.
        #expect(try browser.evaluate("fetch('/notebooks/live.md').then(r => r.status)") as? Int == 404)
        #expect(try browser.evaluate("fetch('/figures/live/%2e%2e/%2e%2e/notebooks/live.md').then(r => r.status)") as? Int == 404)
        #expect(try browser.evaluate("fetch('/__metriclab/state').then(r => r.json()).then(s => s.running)") as? Bool == false)
    }

    @Test func aFigureOfTheNotebookIsServedAndThePortIsTheOneAskedFor() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("live", Self.notebook(printing: "figure run"))
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        try SiteExportTests.pdf.write(to: URL(fileURLWithPath: paths.figures + "/fig.pdf"))
        let free = try Self.freePort()
        let (preview, url) = try startPreview(in: workspace, arguments: ["--port", "\(free)"])
        defer {
            preview.interrupt()
            preview.waitUntilExit()
        }
        #expect(url == "http://127.0.0.1:\(free)/notebooks/live.html")
        let served = try Data(contentsOf: URL(string: "http://127.0.0.1:\(free)/figures/live/fig.pdf")!)
        #expect(served == SiteExportTests.pdf)
        #expect(throws: (any Error).self) { try Data(contentsOf: URL(string: "http://127.0.0.1:\(free)/figures/live/.hidden")!) }
    }

    @Test func aMissingNotebookOrAPortInUseIsAnErrorBeforeAnythingIsServed() throws {
        let workspace = try TestWorkspace()
        _ = try workspace.notebook("live", Self.notebook(printing: "never served"))
        let missing = try Subprocess.run([TestWorkspace.executable!, "preview", "notebooks/nowhere.md"], in: workspace.root)
        #expect(missing.status != 0 && missing.output.contains("notebooks/nowhere.md: no such notebook"), "\(missing.output)")
        let (socket, port) = try Self.socket(listening: true)
        defer { close(socket) }
        let taken = try Subprocess.run([TestWorkspace.executable!, "preview", "notebooks/live.md", "--port", "\(port)"], in: workspace.root)
        #expect(taken.status != 0)
        #expect(taken.output.contains("127.0.0.1:\(port): cannot serve the preview: address already in use"), "\(taken.output)")
    }

    /// A port nothing listens on now: one the kernel hands out, released at once.
    static func freePort() throws -> UInt16 {
        let (socket, port) = try socket(listening: false)
        close(socket)
        return port
    }

    /// A socket bound to a port the kernel hands out on 127.0.0.1, listening or not, and its port.
    static func socket(listening: Bool) throws -> (Int32, UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound, !listening || listen(socket, 1) == 0 else {
            close(socket)
            throw FileError(path: "127.0.0.1", message: "no free port")
        }
        return (socket, UInt16(bigEndian: address.sin_port))
    }
}
