import Foundation
import Testing
@testable import NotebookKit

/// Stopping the runner stops the programs it started.
@Suite(.serialized, .enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct RunnerStopTests {
    /// SIGINT and SIGTERM are caught and passed on before the runner ends by them; SIGKILL
    /// cannot be caught, and the kernel ends the program because it asked to end with its parent.
    @Test(arguments: [SIGTERM, SIGINT, SIGKILL])
    func aSignalToTheRunnerAloneEndsTheNotebookProgram(_ signal: Int32) throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nprint(\"spinning\")\nvar n = 0\nwhile true { n &+= 1 }\n```\n"
        let paths = try workspace.notebook("spin", text)
        let runner = try workspace.launchMetriclab(["run", "notebooks/spin.md"])
        let program = try #require(poll(for: 60) { CommandLineTests.processes(runningFrom: paths.cache).first })
        defer { kill(program, SIGKILL) }
        #expect(Self.parent(of: program) == runner.processIdentifier)

        kill(runner.processIdentifier, signal)
        runner.waitUntilExit()
        #expect(runner.terminationReason == .uncaughtSignal && runner.terminationStatus == signal)
        #expect(poll(for: 60) { Self.hasEnded(program) ? true : nil } == true)
        #expect(try workspace.text(paths) == text)
    }

    /// The Swift driver makes a `TemporaryDirectory.XXXXXX` in its TMPDIR as it starts and leaves
    /// it when it is stopped mid-compile: thousands piled up in /tmp. The runner gives it a TMPDIR
    /// inside the compile's staging folder, so that stopping the runner then leaves nothing in the
    /// runner's own TMPDIR, and the next compile removes the stopped one's staging folder with it.
    @Test func aRunnerStoppedMidCompileLeavesNoDriverFolderBehind() throws {
        let workspace = try TestWorkspace()
        let temporaries = workspace.root + "/tmp"
        try FileManager.default.createDirectory(atPath: temporaries, withIntermediateDirectories: false)
        let paths = try workspace.notebook("compiling", "```swift\nprint(1)\n```\n")
        func driverFolders(under folder: String) -> [String] {
            (FileManager.default.subpaths(atPath: folder) ?? []).filter { ($0 as NSString).lastPathComponent.hasPrefix("TemporaryDirectory.") }
        }
        let runner = try workspace.launchMetriclab(["run", "notebooks/compiling.md"], environment: ["TMPDIR": temporaries])
        // Stopped once the driver has made its folder, wherever it made it.
        let made = try #require(poll(for: 60) { (driverFolders(under: temporaries) + driverFolders(under: paths.cache)).first })
        kill(runner.processIdentifier, SIGTERM)
        runner.waitUntilExit()
        #expect(runner.terminationReason == .uncaughtSignal && runner.terminationStatus == SIGTERM)
        // The runner passes the stop on and ends; the driver and its frontend end a moment later.
        let staging = made.split(separator: "/").first { $0.hasSuffix(".tmp") }.map(String.init) ?? made
        #expect(poll(for: 60) { Self.processes(mentioning: staging).isEmpty ? true : nil } == true)
        #expect(driverFolders(under: temporaries).isEmpty)

        let again = try workspace.launchMetriclab(["run", "notebooks/compiling.md"], environment: ["TMPDIR": temporaries])
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        #expect(driverFolders(under: temporaries).isEmpty)
        #expect(driverFolders(under: paths.cache).isEmpty, "\(driverFolders(under: paths.cache))")
    }

    /// The processes whose command line mentions `text`, from `/proc`.
    static func processes(mentioning text: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { String(decoding: $0, as: UTF8.self).contains(text) } ?? false
        }
    }

    /// The parent process id of `pid`, from `/proc`.
    static func parent(of pid: pid_t) -> pid_t? {
        statFields(of: pid).flatMap { $0.count > 1 ? pid_t($0[1]) : nil }
    }

    /// Whether `pid` is gone or dead (a zombie nobody reaped: a container's first process may not).
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let state = statFields(of: pid)?.first else { return true }
        return state == "Z" || state == "X"
    }

    /// The fields of `/proc/PID/stat` after the command name: state, parent, …
    static func statFields(of pid: pid_t) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }
}

