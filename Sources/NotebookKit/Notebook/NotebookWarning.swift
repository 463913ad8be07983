/// Something in a notebook that is most likely a mistake but stops nothing, reported at the
/// notebook's own line like a compiler's warning.
public struct NotebookWarning: Sendable, Equatable, CustomStringConvertible {
    /// The notebook path as shown to the user (`notebooks/NAME.md`).
    public var file: String
    /// The 1-based line the near-miss is on.
    public var line: Int
    /// The 1-based column it starts at.
    public var column: Int
    /// What looks wrong and what to do, as one sentence.
    public var message: String

    /// A warning at `file:line:column`.
    public init(file: String, line: Int, column: Int = 1, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: warning: message`, the form editors and CI logs recognise.
    public var description: String {
        "\(file):\(line):\(column): warning: \(message)"
    }

    /// The near-misses among `blocks` (those outside output sections): code that looks like a
    /// cell but will not run, and output markers the runner will not treat as a section.
    static func nearMisses(in blocks: [MarkdownBlock], cells: [Cell], lines: [SourceLine], file: String) -> [NotebookWarning] {
        let cellLines = Set(cells.map(\.openingLine))
        return blocks.compactMap { block in
            let text = lines[block.firstLine].text
            func warning(_ message: String, at character: Character? = nil) -> NotebookWarning {
                let start = character.flatMap { text.firstIndex(of: $0) } ?? text.firstIndex { $0 != " " && $0 != "\t" } ?? text.startIndex
                return NotebookWarning(file: file, line: block.firstLine + 1, column: text.distance(from: text.startIndex, to: start) + 1, message: message)
            }
            switch block.kind {
            case .fencedCode where cellLines.contains(block.firstLine):
                return nil
            case .fencedCode(let fence) where fence.language == "swift":
                return warning("""
                    this swift block is inside a list or block quote, so it is an example and does not run; \
                    move it to the top level to run it (`//| eval: false` keeps a top-level example from running)
                    """, at: fence.character)
            case .fencedCode(let fence) where looksLikeSwift(fence.language):
                return warning("""
                    a code block marked `\(fence.language)` is not a cell: only blocks marked `swift`, in lower \
                    case, run; write `swift` to run it, or another language to keep it as an example
                    """, at: fence.character)
            case .indentedCode where block.isTopLevel && opensSwiftFence(text):
                return warning("""
                    this swift block is indented by four spaces or more, so it is indented code and does not \
                    run; remove the indentation to run it
                    """, at: "`")
            case .html where block.isTopLevel && text.trimmingWhitespace() == Notebook.outputMarker:
                return warning("""
                    this output marker does not follow a cell (only blank lines may stand between a cell and its \
                    output), so the runner leaves it and what follows as they are; delete it if its cell is gone
                    """)
            case .html where block.isTopLevel && Notebook.EndMarker(line: text) != nil:
                return warning("this end marker closes no output section, so the runner leaves it as it is; delete it if its cell is gone")
            default:
                return nil
            }
        }
    }

    /// Whether a fence's language is `swift` but for case or punctuation (`Swift`, `{.swift}`).
    private static func looksLikeSwift(_ language: String) -> Bool {
        language != "swift" && language.lowercased().filter(\.isLetter) == "swift"
    }

    /// Whether an indented line opens a fence for Swift once its indentation is gone.
    private static func opensSwiftFence(_ line: Substring) -> Bool {
        let text = line.trimmingWhitespace()
        guard let first = text.first, first == "`" || first == "~", text.prefix(while: { $0 == first }).count >= 3 else { return false }
        return text.drop { $0 == first }.trimmingWhitespace().lowercased().filter(\.isLetter).hasPrefix("swift")
    }
}
