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

