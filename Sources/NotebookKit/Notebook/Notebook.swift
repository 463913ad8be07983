/// A parsed notebook: its lines, exactly as read, and the cells among them.
///
/// Cells are the `swift` fenced blocks at the top level of the document; a `swift` block inside
/// a list or block quote is an example in prose and never runs (with a warning, as a ```` ```Swift ````
/// block gets one). What follows a cell between its output markers is the runner's, never read.
public struct Notebook: Sendable {
    /// The notebook's name: its file name without `.md`, which also names its figure folder.
    public var name: String
    /// The path shown in messages and compiler diagnostics (`notebooks/NAME.md`).
    public var displayPath: String
    /// The source lines with their endings.
    public var lines: [SourceLine]
    /// The cells in order.
    public var cells: [Cell]
    /// The notebook-wide `fig-format` (`<!-- metriclab:options fig-format: png, pdf -->`), which
    /// every cell without its own takes; nil: PNG.
    public var figureFormats: [String]?
    /// The cell marked `//| parameters`, whose defaults `metriclab run -P` replaces, or nil.
    public var parameters: ParameterCell?

    /// Near-misses that do not stop a run (a ```` ```Swift ```` block that is not a cell, say),
    /// in notebook order.
    public var warnings: [NotebookWarning]

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
        // A section is opaque: nothing a cell wrote into it is read as a cell or another section.
        var sectionEnd = -1
        for (position, block) in topLevel.enumerated() where block.firstLine > sectionEnd {
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
            let section = try Self.outputSection(after: block, number: cells.count + 1, following: topLevel[(position + 1)...], lines: lines, file: displayPath)
            sectionEnd = section?.upperBound ?? -1
            cells.append(Cell(number: cells.count + 1, openingLine: block.firstLine, closingLine: block.lastLine, options: options, outputSection: section))
        }
        let sections = cells.compactMap(\.outputSection)
        let figureFormats = try Self.figureFormatDefault(in: topLevel, sections: sections, lines: lines, file: displayPath)
        self.figureFormats = figureFormats
        self.cells = cells.map { cell in
            var cell = cell
            cell.options.figureFormats = cell.options.figureFormats ?? figureFormats
            return cell
        }
        parameters = try ParameterCell.find(in: cells, lines: lines, file: displayPath)
        warnings = NotebookWarning.nearMisses(in: blocks.filter { block in !sections.contains { $0.contains(block.firstLine) } },
                                              cells: cells, lines: lines, file: displayPath)
    }

    /// The line ending used for lines the runner writes: the notebook's own, or `\n`.
    public var lineEnding: String {
        lines.first { !$0.ending.isEmpty }.map { String($0.ending) } ?? "\n"
    }
}
