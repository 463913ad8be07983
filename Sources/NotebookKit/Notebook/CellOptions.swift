/// The Quarto-style options of a cell, written as its leading `//| key: value` lines.
public struct CellOptions: Sendable, Equatable, Codable {
    /// The figure label: the file name of the cell's figures under `figures/NOTEBOOK/`.
    public var label: String?
    /// The caption written under the cell's figures.
    public var figureCaption: String?
    /// Whether an exported page shows the cell's code (`echo: false` hides it).
    public var echo = true
    /// Whether the cell runs at all (`eval: false` keeps it as an example).
    public var eval = true
    /// Whether the cell's printed text is woven into the notebook (figures always are).
    public var output = true
    /// The cell's time limit in seconds.
    public var timeout: Double?
    /// The image formats of the cell's figures (`fig-format: png, pdf`): the first one a Markdown
    /// image shows (png, svg) is linked, the others drawn beside it; nil: the notebook's default.
    public var figureFormats: [String]?
    /// Whether the cell holds the notebook's parameters (`//| parameters`, a flag with no value),
    /// whose defaults `metriclab run -P NAME=VALUE` replaces.
    public var isParameters = false

    /// Options with every default.
    public init() {}

    /// The options named in DESIGN.md, and nothing else.
    public static let keys = ["label", "fig-cap", "echo", "eval", "output", "timeout", "fig-format"]

    /// The formats `fig-format` may list.
    public static let figureFormatNames = ["png", "svg", "pdf"]

    /// The formats of a `fig-format` value: names from `figureFormatNames`, separated by commas
    /// or spaces, each once.
    static func figureFormats(_ value: String, fail: (String) -> NotebookError) throws -> [String] {
        let names = value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
        guard !names.isEmpty else { throw fail("`fig-format` lists image formats (\(figureFormatNames.joined(separator: ", "))), found nothing") }
        for (index, name) in names.enumerated() {
            guard figureFormatNames.contains(name) else {
                throw fail("unknown figure format `\(name)` (known: \(figureFormatNames.joined(separator: ", ")))")
            }
            guard !names[..<index].contains(name) else { throw fail("figure format `\(name)` is listed twice") }
        }
        return names
    }

    /// Parses the option lines at the start of a cell; `lines` are the cell's source lines with
    /// the notebook line number of each, so errors can point at the offending line.
    public static func parse(_ lines: [(number: Int, text: Substring)], file: String) throws -> CellOptions {
        var options = CellOptions()
        var seen: Set<String> = []
        for (number, text) in lines {
            guard let marker = text.range(of: "//|"), text[..<marker.lowerBound].allSatisfy(\.isWhitespace) else { break }
            let column = text.distance(from: text.startIndex, to: marker.upperBound) + 2
            let body = text[marker.upperBound...].trimmingWhitespace()
            func fail(_ message: String) -> NotebookError {
                NotebookError(file: file, line: number, column: column, message: message)
            }
            if body == "parameters" {
                guard seen.insert("parameters").inserted else { throw fail("cell option `parameters` is given twice") }
                options.isParameters = true
                continue
            }
            guard let colon = body.firstIndex(of: ":") else {
                throw fail("a cell option reads `//| key: value`, found `\(body)`")
            }
            let key = String(body[..<colon].trimmingWhitespace())
            let value = try OptionValue.unquote(body[body.index(after: colon)...].trimmingWhitespace(), fail: fail)
            guard keys.contains(key) else {
                throw fail("unknown cell option `\(key)` (known: \(keys.joined(separator: ", ")), and the flag `parameters`)")
            }
            guard seen.insert(key).inserted else { throw fail("cell option `\(key)` is given twice") }
            switch key {
            case "label":
                guard FigureLabel.isValid(value) else {
                    throw fail("label `\(value)` must be a plain file name (letters, digits, `-`, `_`, `.`), so that figures stay in figures/NOTEBOOK/")
                }
                options.label = value
            case "fig-cap": options.figureCaption = value
            case "echo": options.echo = try OptionValue.bool(value, key: key, fail: fail)
            case "eval": options.eval = try OptionValue.bool(value, key: key, fail: fail)
            case "output": options.output = try OptionValue.bool(value, key: key, fail: fail)
            case "fig-format": options.figureFormats = try figureFormats(value, fail: fail)
            default:
                guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                    throw fail("timeout must be a positive number of seconds, found `\(value)`")
                }
                options.timeout = seconds
            }
        }
        return options
    }
}

/// The values an option line can hold: bare words, or strings in double or single quotes.
enum OptionValue {
    static func unquote(_ raw: Substring, fail: (String) -> NotebookError) throws -> String {
        guard let quote = raw.first, quote == "\"" || quote == "'" else { return String(raw) }
        guard raw.count >= 2, raw.last == quote else { throw fail("unterminated quoted value \(raw)") }
        let inner = raw.dropFirst().dropLast()
        guard quote == "\"" else { return String(inner) }
        var result = ""
        var escaped = false
        for c in inner {
            if escaped {
                result.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                result.append(c)
            }
        }
        return result
    }

    static func bool(_ value: String, key: String, fail: (String) -> NotebookError) throws -> Bool {
        switch value {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw fail("`\(key)` is true or false, found `\(value)`")
        }
    }
}

/// Figure labels become file names, so they must name a file inside the notebook's folder.
public enum FigureLabel {
    /// Whether `label` is a safe file name: no separators, no leading dot, nothing but
    /// letters, digits, `-`, `_` and `.`.
    public static func isValid(_ label: String) -> Bool {
        guard let first = label.first, first != ".", label.count <= 120 else { return false }
        return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
