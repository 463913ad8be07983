/// How much of one cell's printed text is woven into the notebook; the rest is counted, kept
/// whole in the cache and announced by a last line in the woven text.
public struct OutputLimit: Sendable, Equatable {
    /// The most bytes of printed text woven for one cell.
    public var bytes: Int
    /// The most lines of printed text woven for one cell.
    public var lines: Int

    /// A limit of `bytes` or `lines`, whichever is reached first.
    public init(bytes: Int, lines: Int) {
        self.bytes = bytes
        self.lines = lines
    }

    /// A megabyte or five thousand lines: more than anyone reads in a notebook, and little
    /// enough that the notebook stays a file an editor opens at once.
    public static let standard = OutputLimit(bytes: 1_000_000, lines: 5_000)
}
