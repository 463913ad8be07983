/// A leaf block of a CommonMark document: where it lies and, for code, what it holds.
public struct MarkdownBlock: Sendable, Equatable {
    /// The closed family of leaf blocks the runner tells apart.
    public enum Kind: Sendable, Equatable {
        /// A fenced code block (backticks or tildes).
        case fencedCode(Fence)
        /// An indented code block (four columns of indentation).
        case indentedCode
        /// A raw HTML block (comments included).
        case html
        /// A paragraph, heading or thematic break: prose the runner never reads.
        case prose
    }

    /// What kind of block this is.
    public var kind: Kind
    /// Index (0-based) of the block's first source line.
    public var firstLine: Int
    /// Index (0-based) of the block's last source line, closing fence included.
    public var lastLine: Int
    /// Whether the block sits directly in the document, outside any list or block quote.
    public var isTopLevel: Bool
    /// The literal text of a code block as CommonMark defines it (empty for other blocks).
    public var literal: String

    /// The fence of a fenced code block, or nil for any other block.
    public var fence: Fence? {
        if case .fencedCode(let fence) = kind { return fence }
        return nil
    }
}

/// The opening fence of a fenced code block.
public struct Fence: Sendable, Equatable {
    /// The fence character: a backtick or a tilde.
    public var character: Character
    /// How many fence characters open the block (a closing fence needs at least as many).
    public var length: Int
    /// Columns of indentation before the opening fence, stripped from each content line.
    public var indent: Int
    /// The info string, trimmed and with backslash escapes resolved.
    public var info: String
    /// Whether a closing fence ends the block (otherwise its container or the document does).
    public var isClosed: Bool

    /// The first word of the info string, the block's language (`swift` for a cell).
    public var language: String {
        String(info.prefix { !$0.isWhitespace })
    }
}
