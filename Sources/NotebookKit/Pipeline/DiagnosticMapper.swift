/// Rewrites compiler diagnostics that point into the generated program (the glue between
/// cells: a brace a cell left open, say) so they point at the notebook instead.
struct DiagnosticMapper {
    var generatedFile: String
    var program: GeneratedProgram
    var notebookPath: String

    func map(_ output: String) -> String {
        let prefix = generatedFile + ":"
        return output.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix(prefix) else { return String(line) }
            let rest = line.dropFirst(prefix.count)
            let digits = rest.prefix(while: \.isNumber)
            guard let generatedLine = Int(digits) else { return String(line) }
            var tail = rest.dropFirst(digits.count)
            if tail.hasPrefix(":") {
                let column = tail.dropFirst().prefix(while: \.isNumber)
                if !column.isEmpty { tail = tail.dropFirst(column.count + 1) }
            }
            let index = min(max(generatedLine - 1, 0), program.notebookLines.count - 1)
            let notebookLine = program.notebookLines.isEmpty ? 1 : program.notebookLines[index]
            return "\(notebookPath):\(notebookLine):1\(tail)"
        }.joined(separator: "\n")
    }
}
