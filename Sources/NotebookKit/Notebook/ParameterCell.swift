/// A notebook's parameters cell: the one swift cell marked `//| parameters`, holding only
/// `let NAME = literal` lines (an optional type annotation, comments and blank lines allowed),
/// the defaults `metriclab run -P NAME=VALUE` replaces, as papermill's parameters cell.
public struct ParameterCell: Sendable, Equatable {
    /// The cell's number.
    public var cell: Int
    /// The notebook line (1-based) of the cell's first code line.
    public var line: Int
    /// Its defaults, in order.
    public var parameters: [Parameter]

    /// The parameter called `name`.
    public func parameter(_ name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    /// The parameters cell among `cells`, or nil; errors name `file` and the line: a second
    /// parameters cell, one that does not run, or a line that is not a plain default.
    static func find(in cells: [Cell], lines: [SourceLine], file: String) throws -> ParameterCell? {
        let marked = cells.filter(\.options.isParameters)
        guard let cell = marked.first else { return nil }
        if let second = marked.dropFirst().first {
            throw NotebookError(file: file, line: second.firstCodeLineNumber,
                                message: "a second parameters cell: the notebook's parameters are in the cell at line \(cell.firstCodeLineNumber)")
        }
        guard cell.options.eval else {
            throw NotebookError(file: file, line: cell.firstCodeLineNumber, message: "the parameters cell is marked `eval: false`, so its defaults would never be set")
        }
        var parameters: [Parameter] = []
        for index in cell.codeLines {
            let text = String(lines[index].text)
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
            guard let parameter = Self.parameter(in: text, line: index + 1) else {
                throw NotebookError(file: file, line: index + 1, message: """
                    a parameters cell holds only `let NAME = literal` lines (an integer, decimal, string or Boolean \
                    literal), found `\(trimmed)`
                    """)
            }
            if let previous = parameters.first(where: { $0.name == parameter.name }) {
                throw NotebookError(file: file, line: index + 1, message: "parameter `\(parameter.name)` is already declared at line \(previous.line)")
            }
            parameters.append(parameter)
        }
        return ParameterCell(cell: cell.number, line: cell.firstCodeLineNumber, parameters: parameters)
    }

    /// The default a line declares, or nil when the line is anything else.
    static func parameter(in text: String, line: Int) -> Parameter? {
        let pattern = /^(\s*let\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*([A-Za-z]+)\s*)?=\s*)("(?:[^"\\]|\\[^(])*"|[^\s\/]+)(\s*(?:\/\*[^*]*\*\/)?\s*(?:\/\/.*)?)$/
        guard let match = text.wholeMatch(of: pattern),
              let kind = ParameterKind(literal: String(match.4), annotation: match.3.map(String.init)) else { return nil }
        let start = match.1.utf8.count
        return Parameter(name: String(match.2), kind: kind, literal: String(match.4), line: line,
                         literalRange: start ..< start + match.4.utf8.count, trailer: String(match.5))
    }
}
