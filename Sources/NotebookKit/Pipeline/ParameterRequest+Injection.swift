extension ParameterRequest {
    /// `notebook`'s text with the given values in place of its parameters cell's defaults, each
    /// line otherwise as it was, so that every line keeps its number and diagnostics still point
    /// at the notebook. Beside the notebook, a replaced value says what it replaced
    /// (`let seeds = 3 /* injected by -P; default: 10 */`), as papermill's injected-parameters
    /// cell does; over it, the given values simply become the defaults.
    /// - Throws: `NotebookError` at the notebook's line when it has no parameters cell, when
    ///   the cell has no such parameter, or when a value is not of the default's type.
    public func injected(into notebook: Notebook) throws -> String {
        guard let first = assignments.first else { return notebook.lines.map { $0.text + $0.ending }.joined() }
        guard let cell = notebook.parameters else {
            throw NotebookError(file: notebook.displayPath, line: 1, message: """
                -P \(first.argument): the notebook has no parameters cell (a swift cell marked `//| parameters` \
                holding `let \(first.name) = …`)
                """)
        }
        var lines = notebook.lines.map { String($0.text) }
        for assignment in assignments {
            guard let parameter = cell.parameter(assignment.name) else {
                let declared = cell.parameters.map(\.name).joined(separator: ", ")
                throw NotebookError(file: notebook.displayPath, line: cell.line, message: """
                    -P \(assignment.argument): the parameters cell here has no parameter `\(assignment.name)` \
                    (it declares \(declared.isEmpty ? "none" : declared))
                    """)
            }
            guard let literal = parameter.kind.literal(for: assignment.value) else {
                throw NotebookError(file: notebook.displayPath, line: parameter.line, message: """
                    -P \(assignment.argument): parameter `\(parameter.name)` is \(parameter.kind.description), \
                    as its default `\(parameter.literal)` is, and `\(assignment.value)` is not
                    """)
            }
            let text = lines[parameter.line - 1].utf8
            let prefix = String(decoding: text.prefix(parameter.literalRange.lowerBound), as: UTF8.self)
            lines[parameter.line - 1] = prefix + literal + (overwrite ? parameter.trailer : note(replacing: parameter))
        }
        return zip(lines, notebook.lines).map { $0 + $1.ending }.joined()
    }

    /// The comment after an injected value: the default it replaced (left out when the default
    /// would end the comment early), then the line's own `//` comment, without an earlier
    /// injection's note.
    private func note(replacing parameter: Parameter) -> String {
        let comment = parameter.trailer.replacing(/\/\*[^*]*\*\//, with: "")
        let own = comment.firstRange(of: "//").map { " " + comment[$0.lowerBound...] } ?? ""
        let previous = parameter.trailer.firstMatch(of: /\/\*\s*injected by -P; default: ([^*]*?)\s*\*\//)
        let original = previous.map { String($0.1) } ?? parameter.literal
        return (original.contains("*") ? " /* injected by -P */" : " /* injected by -P; default: \(original) */") + own
    }
}
