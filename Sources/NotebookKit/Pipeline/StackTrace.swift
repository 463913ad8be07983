/// Finds the notebook line a crash happened at in what the Swift runtime printed.
enum StackTrace {
    /// The first `FILE:LINE` in `text` (a fatal error message or a backtrace frame), or nil.
    static func line(in text: String, file: String) -> Int? {
        var rest = Substring(text)
        while let range = rest.range(of: file + ":") {
            let digits = rest[range.upperBound...].prefix(while: \.isNumber)
            if let line = Int(digits) { return line }
            rest = rest[range.upperBound...]
        }
        return nil
    }
}
