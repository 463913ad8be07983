/// A problem found in a notebook, reported at the notebook's own line like a compiler would.
public struct NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The notebook path as shown to the user (`notebooks/NAME.md`).
    public var file: String
    /// The 1-based line the problem is on.
    public var line: Int
    /// The 1-based column the problem starts at.
    public var column: Int
    /// What is wrong, as one sentence.
    public var message: String

    /// More lines shown under the message: the cell's last output, the runtime's own words.
    public var details: String

    /// A problem at `file:line:column`.
    public init(file: String, line: Int, column: Int = 1, message: String, details: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.details = details
    }

    /// `file:line:column: error: message`, the form editors and CI logs recognise, then details.
    public var description: String {
        let head = "\(file):\(line):\(column): error: \(message)"
        return details.isEmpty ? head : head + "\n" + details.trimmingTrailingNewlines()
    }
}

extension String {
    /// The string without its trailing newlines.
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last == "\n" || result.last == "\r\n" { result.removeLast() }
        return result
    }
}
