import Foundation

/// A number as gnuplot data: six significant digits (enough for any picture, and the same text on
/// every run), `NaN` for anything not finite, which gnuplot leaves out.
func gnuplotNumber(_ value: Double) -> String {
    value.isFinite ? String(format: "%.6g", value) : "NaN"
}

/// A string as a gnuplot single-quoted literal: no escapes are interpreted, a quote is doubled,
/// and line breaks become spaces so that the literal stays on one script line.
func gnuplotQuoted(_ text: String) -> String {
    let oneLine = text.map { $0.isNewline ? " " : String($0) }.joined()
    return "'" + oneLine.replacingOccurrences(of: "'", with: "''") + "'"
}

/// A string as a double-quoted field of a gnuplot data line (for text labels at points).
func gnuplotDataString(_ text: String) -> String {
    let oneLine = text.map { $0.isNewline || $0 == "\"" ? " " : String($0) }.joined()
    return "\"" + oneLine + "\""
}

/// A string as a gnuplot double-quoted literal, where line breaks become `\n` and so start a new
/// line of the text (axis labels with notes under them).
func gnuplotDoubleQuoted(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\n", with: "\\n")
    return "\"" + escaped + "\""
}
