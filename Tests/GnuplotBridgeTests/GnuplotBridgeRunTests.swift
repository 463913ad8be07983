import Foundation
import GnuplotBridge
import Testing

/// Runs a script through the bridge in a fresh directory and returns the outcome and the directory.
private func run(_ script: String, executable: String = "gnuplot", timeout: Double = 60)
    -> (status: GnuplotBridgeStatus, exitCode: Int32, diagnostics: String, directory: URL)
{
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("gnuplot-bridge-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var bytes = Array(script.utf8)
    var result = bytes.withUnsafeMutableBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
            gnuplot_bridge_run(executable, $0.baseAddress, $0.count, directory.path, timeout)
        }
    }
    defer { gnuplot_bridge_result_free(&result) }
    let diagnostics = result.diagnostics.map { String(cString: $0) } ?? ""
    return (result.status, result.exitCode, diagnostics, directory)
}

@Test func aScriptRunsInTheWorkingDirectoryAndWritesItsOutput() throws {
    let outcome = run("""
        set terminal pngcairo size 200,100
        set output 'tiny.png'
        plot x
        """)
    #expect(outcome.status == GnuplotBridgeStatusSucceeded)
    #expect(outcome.exitCode == 0)
    let png = try Data(contentsOf: outcome.directory.appendingPathComponent("tiny.png"))
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
}

@Test func aScriptErrorStopsGnuplotAndNamesTheLine() {
    let outcome = run("""
        set xrange [0:1]
        print 'before'
        plot x wiht lines
        print 'after'
        """)
    #expect(outcome.status == GnuplotBridgeStatusFailed)
    #expect(outcome.exitCode == 1)
    #expect(outcome.diagnostics.contains("line 3: unexpected or unrecognized token: wiht"))
    #expect(outcome.diagnostics.contains("before"))
    #expect(!outcome.diagnostics.contains("after"))
}

@Test func aMissingExecutableIsReportedAsMissing() {
    let outcome = run("plot x", executable: "gnuplot-that-does-not-exist")
    #expect(outcome.status == GnuplotBridgeStatusExecutableMissing)
    #expect(outcome.diagnostics.contains("gnuplot-that-does-not-exist"))
}

@Test func aMissingWorkingDirectoryIsASystemError() {
    var result = gnuplot_bridge_run("gnuplot", "plot x", 6, "/nonexistent/metriclab", 10)
    defer { gnuplot_bridge_result_free(&result) }
    #expect(result.status == GnuplotBridgeStatusSystemError)
    #expect(String(cString: result.diagnostics).contains("/nonexistent/metriclab"))
}

@Test func gnuplotIsKilledAfterTheTimeLimit() {
    let outcome = run("pause 30\nprint 'woke'", timeout: 0.5)
    #expect(outcome.status == GnuplotBridgeStatusTimedOut)
    #expect(!outcome.diagnostics.contains("woke"))
}

@Test func gnuplotStoppingEarlyDoesNotKillTheHostWithSIGPIPE() {
    let data = String(repeating: "1 2\n", count: 200_000)
    let outcome = run("exit status 3\n$d << EOD\n\(data)EOD\n")
    #expect(outcome.status == GnuplotBridgeStatusFailed)
    #expect(outcome.exitCode == 3)
}
