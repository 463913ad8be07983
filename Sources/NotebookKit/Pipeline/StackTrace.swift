import Foundation

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

    /// The message of an error thrown at top level that nothing caught, from the runtime's
    /// `Fatal error: Error raised at top level: MESSAGE` (the message may span lines; the crash
    /// report's banner or first frame ends it).
    static func uncaughtError(in text: String) -> String? {
        guard let start = text.range(of: "Error raised at top level: ") else { return nil }
        let lines = text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        let message = lines.prefix { line in
            let trimmed = line.trimmingWhitespace()
            return !trimmed.isEmpty && !trimmed.hasPrefix("*** ") && !(trimmed.first?.isNumber == true && trimmed.contains(" 0x"))
        }
        return message.joined(separator: "\n")
    }

    /// The message of the fatal error a trap reports (`FILE:LINE: Fatal error: MESSAGE`: a failed
    /// check in the library, an index out of range), when the runtime printed one.
    static func fatalError(in text: String) -> String? {
        guard let start = text.range(of: "Fatal error: ") else { return nil }
        let message = text[start.upperBound...].prefix { $0 != "\n" }.trimmingWhitespace()
        return message.isEmpty ? nil : String(message)
    }

    /// The `FILE:LINE:COLUMN` that the code at `site` (an offset into the position-independent
    /// `binary`, as the notebook runtime reports it) was compiled from, read from the binary's
    /// line tables by the toolchain's `llvm-symbolizer`; nil when it cannot tell.
    static func sourceLocation(ofSite site: String, in binary: String) -> String? {
        guard let (status, output) = try? Subprocess.run(["llvm-symbolizer", "--obj=\(binary)", "--no-inlines", site]), status == 0 else {
            return nil
        }
        return output.split(separator: "\n").dropFirst().first.map(String.init)
    }
}
