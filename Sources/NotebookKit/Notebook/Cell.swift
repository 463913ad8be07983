/// One cell of a notebook: a top-level ```` ```swift ```` block and the output section after it.
public struct Cell: Sendable, Equatable {
    /// The cell's number, counting from 1 in notebook order (cells with `eval: false` included).
    public var number: Int
    /// Index (0-based) of the opening fence line.
    public var openingLine: Int
    /// Index (0-based) of the closing fence line.
    public var closingLine: Int
    /// The cell's options.
    public var options: CellOptions
    /// Lines (0-based indices) of the output section woven last time, blank lines before it
    /// included, or nil when the cell has none.
    public var outputSection: ClosedRange<Int>?

    /// Indices of the code lines between the fences.
    public var codeLines: Range<Int> { (openingLine + 1)..<closingLine }
    /// The notebook line number (1-based) of the cell's first code line.
    public var firstCodeLineNumber: Int { openingLine + 2 }
}
