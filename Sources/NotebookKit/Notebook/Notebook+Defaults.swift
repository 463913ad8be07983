/// Options for every cell of a notebook, written once as an HTML comment of the prose:
/// `<!-- metriclab:options fig-format: png, pdf -->`.
///
/// A comment, because it is invisible where notebooks are read (GitHub, the exported page) while
/// a front-matter block would show as a table; and a line of its own rather than the first cell's
/// option, so that no cell's options quietly change every other cell's. The `metriclab:` prefix
/// is the runner's: a cell's output can never write such a line (the weaver escapes it).
extension Notebook {
    /// The comment that opens a notebook-wide options line.
    static let defaultsMarker = "<!-- metriclab:options"

    /// The options a cell takes when it does not give them itself.
    static let defaultableKeys = ["fig-format"]

    /// The notebook-wide `fig-format` of the top-level HTML `blocks` outside output sections, or
    /// nil; throws at a malformed, unknown or repeated option.
    static func figureFormatDefault(in blocks: [MarkdownBlock], sections: [ClosedRange<Int>], lines: [SourceLine],
                                    file: String) throws -> [String]? {
        var formats: [String]?
        var seenAt: Int?
        for block in blocks where block.kind == .html && block.isTopLevel && !sections.contains(where: { $0.contains(block.firstLine) }) {
            let text = lines[block.firstLine].text.trimmingWhitespace()
            guard text.hasPrefix(defaultsMarker) else { continue }
            let line = block.firstLine + 1
            func fail(_ message: String) -> NotebookError { NotebookError(file: file, line: line, message: message) }
            guard block.lastLine == block.firstLine, text.hasSuffix("-->") else {
                throw fail("a notebook options line is one line: `\(defaultsMarker) fig-format: png, pdf -->`")
            }
            let body = text.dropFirst(defaultsMarker.count).dropLast(3).trimmingWhitespace()
            guard let colon = body.firstIndex(of: ":") else {
                throw fail("a notebook option reads `key: value`, found `\(body)`")
            }
            let key = String(body[..<colon].trimmingWhitespace())
            guard defaultableKeys.contains(key) else {
                throw fail("`\(key)` is not a notebook-wide option (known: \(defaultableKeys.joined(separator: ", ")))")
            }
            if let seenAt { throw fail("notebook option `\(key)` is given twice (first at line \(seenAt))") }
            let value = try OptionValue.unquote(body[body.index(after: colon)...].trimmingWhitespace(), fail: fail)
            formats = try CellOptions.figureFormats(value, fail: fail)
            seenAt = line
        }
        return formats
    }
}
