/// A parsed notebook: its lines, exactly as read, and the cells among them.
///
/// Cells are the `swift` fenced blocks at the top level of the document; a `swift` block inside
/// a list or block quote is an example in prose and never runs.
public struct Notebook: Sendable {
    /// The notebook's name: its file name without `.md`, which also names its figure folder.
    public var name: String
    /// The path shown in messages and compiler diagnostics (`notebooks/NAME.md`).
    public var displayPath: String
    /// The source lines with their endings.
    public var lines: [SourceLine]
    /// The cells in order.
    public var cells: [Cell]

    /// The output section markers.
    public static let outputMarker = "<!-- metriclab:output -->"
    /// The marker that ends an output section.
    public static let endMarker = "<!-- metriclab:end -->"

    /// Parses `text`; errors name `displayPath` and the offending line.
    public init(text: String, name: String, displayPath: String) throws {
        self.name = name
        self.displayPath = displayPath
        let lines = SourceLines.split(text)
        self.lines = lines
        let blocks = BlockParser.leafBlocks(lines: lines.map(\.text))
        let topLevel = blocks.filter(\.isTopLevel)
        var cells: [Cell] = []
        var labels: [String: Int] = [:]
        for (position, block) in topLevel.enumerated() {
            guard let fence = block.fence, fence.language == "swift" else { continue }
            guard fence.isClosed else {
                throw NotebookError(file: displayPath, line: block.firstLine + 1, message: "the swift cell's code fence is never closed")
            }
            let optionLines = ((block.firstLine + 1)..<block.lastLine).map { (number: $0 + 1, text: lines[$0].text) }
            let options = try CellOptions.parse(optionLines, file: displayPath)
            if let label = options.label {
                if let previous = labels[label] {
                    throw NotebookError(file: displayPath, line: block.firstLine + 2, message: "label `\(label)` is already used by the cell at line \(previous)")
                }
                labels[label] = block.firstLine + 2
            }
            let section = try Self.outputSection(after: block, following: topLevel[(position + 1)...], lines: lines, file: displayPath)
            cells.append(Cell(number: cells.count + 1, openingLine: block.firstLine, closingLine: block.lastLine, options: options, outputSection: section))
        }
        self.cells = cells
    }

    /// The output section right after a cell: blank lines, the output marker, and everything up
    /// to the end marker.
    private static func outputSection(after cell: MarkdownBlock, following blocks: ArraySlice<MarkdownBlock>, lines: [SourceLine], file: String) throws -> ClosedRange<Int>? {
        guard let next = blocks.first, next.kind == .html, isMarker(lines[next.firstLine], outputMarker),
              ((cell.lastLine + 1)..<next.firstLine).allSatisfy({ lines[$0].text.trimmingWhitespace().isEmpty })
        else { return nil }
        for block in blocks.dropFirst() {
            if block.kind == .html && isMarker(lines[block.firstLine], endMarker) {
                return (cell.lastLine + 1)...block.firstLine
            }
            if block.fence?.language == "swift" { break }
        }
        throw NotebookError(file: file, line: next.firstLine + 1, message: "output section has no `\(endMarker)` before the next cell")
    }

    private static func isMarker(_ line: SourceLine, _ marker: String) -> Bool {
        line.text.trimmingWhitespace() == marker
    }

    /// The line ending used for lines the runner writes: the notebook's own, or `\n`.
    public var lineEnding: String {
        lines.first { !$0.ending.isEmpty }.map { String($0.ending) } ?? "\n"
    }
}
