import Foundation
// Not `internal import`: a module built without library evolution still makes its clients load
// every module it imports, so each notebook program would need GnuplotBridge's module map.
// `@_implementationOnly` hides it; this is safe because no GnuplotBridge type appears in a stored
// property, a public signature or inlinable code, only inside `run(in:)`.
@_implementationOnly import GnuplotBridge

/// One gnuplot run on a script through the GnuplotBridge C interface, with gnuplot's failures
/// turned into `RenderError`s that quote the offending script line.
struct GnuplotRun {
    let script: String
    let label: String
    /// Where the script is saved, named in error messages.
    let scriptPath: String
    let options: RenderOptions

    /// Runs gnuplot on the script in `directory`, where it writes its output file.
    func run(in directory: String) throws {
        var bytes = Array(script.utf8)
        var result = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                gnuplot_bridge_run(options.gnuplot, $0.baseAddress, $0.count, directory, options.timeoutSeconds)
            }
        }
        defer { gnuplot_bridge_result_free(&result) }
        let diagnostics = result.diagnostics.map { String(cString: $0) } ?? ""
        switch result.status {
        case GnuplotBridgeStatusSucceeded:
            return
        case GnuplotBridgeStatusExecutableMissing:
            throw RenderError.gnuplotMissing(executable: options.gnuplot)
        case GnuplotBridgeStatusTimedOut:
            throw RenderError.timedOut(label: label, seconds: options.timeoutSeconds)
        case GnuplotBridgeStatusFailed:
            throw failure(diagnostics, exitCode: Int(result.exitCode))
        default:
            throw RenderError.fileSystem(label: label, reason: diagnostics)
        }
    }

    /// gnuplot's message for a script read from `/dev/stdin` ends with
    /// `"/dev/stdin" line N: message`; the line number is the script's own.
    func failure(_ diagnostics: String, exitCode: Int) -> RenderError {
        let lines = diagnostics.split(separator: "\n", omittingEmptySubsequences: true)
        let marker = "\"/dev/stdin\" line "
        for text in lines.reversed() {
            guard let range = text.range(of: marker) else { continue }
            let rest = text[range.upperBound...]
            guard let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) else { continue }
            let message = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let scriptLines = script.split(separator: "\n", omittingEmptySubsequences: false)
            let offending = scriptLines.indices.contains(number - 1) ? String(scriptLines[number - 1]) : nil
            return .gnuplotFailed(label: label, scriptPath: scriptPath, line: number, scriptLine: offending,
                                  message: message)
        }
        let message = lines.last.map(String.init) ?? "gnuplot exited with status \(exitCode) and no message"
        return .gnuplotFailed(label: label, scriptPath: scriptPath, line: nil, scriptLine: nil, message: message)
    }
}
