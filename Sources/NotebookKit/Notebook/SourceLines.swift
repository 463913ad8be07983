/// A text split into lines, each keeping its own line ending so that untouched lines are
/// written back byte for byte.
public struct SourceLine: Sendable, Equatable {
    /// The line without its ending.
    public var text: Substring
    /// The line ending: `\n`, `\r\n`, `\r`, or empty on a last line that has none.
    public var ending: Substring
}

/// Splitting text into lines the way CommonMark does (`\n`, `\r\n` and `\r` all end a line).
public enum SourceLines {
    /// The lines of `text`; a final line ending does not start an extra empty line.
    public static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let c = utf8[i]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                var end = utf8.index(after: i)
                if c == UInt8(ascii: "\r"), end != utf8.endIndex, utf8[end] == UInt8(ascii: "\n") {
                    end = utf8.index(after: end)
                }
                lines.append(SourceLine(text: text[start..<i], ending: text[i..<end]))
                start = end
                i = end
            } else {
                i = utf8.index(after: i)
            }
        }
        if start != utf8.endIndex {
            lines.append(SourceLine(text: text[start...], ending: ""))
        }
        return lines
    }
}
