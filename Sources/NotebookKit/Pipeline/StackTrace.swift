/// Reading what the Swift runtime prints when a program traps.
enum StackTrace {
    /// The first `FILE:LINE[:COLUMN]` in `text` (a fatal error message or a backtrace frame).
    static func location(in text: String, file: String) -> (line: Int, column: Int?)? {
        var rest = Substring(text)
        while let range = rest.range(of: file + ":") {
            let after = rest[range.upperBound...]
            let digits = after.prefix(while: \.isNumber)
            if let line = Int(digits) {
                let tail = after.dropFirst(digits.count)
                let column = tail.hasPrefix(":") ? Int(tail.dropFirst().prefix(while: \.isNumber)) : nil
                return (line, column)
            }
            rest = after
        }
        return nil
    }

    /// The lines of a crash report worth showing: the fatal error and the backtrace frames,
    /// without the banner, the blank lines and the timing.
    static func essentials(of text: String) -> String {
        let noise = ["*** Signal", "*** Program crashed", "Platform:", "Backtrace took", "Thread 0", "Images (", "..."]
        return text.split(separator: "\n").filter { line in
            !line.trimmingWhitespace().isEmpty && !noise.contains { line.trimmingWhitespace().hasPrefix($0) }
        }.joined(separator: "\n")
    }
}
