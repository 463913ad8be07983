/// One row of a CSV file: its fields, and the line each field starts on (a quoted field may span lines).
struct CSVRecord {
    /// The fields' text: unquoted, or without their blanks outside the quotes.
    var fields: [String] = []
    /// The 1-based line each field starts on.
    var lines: [Int] = []
    /// The line the row starts on.
    var line: Int { lines[0] }
}

/// The rows of CSV text, split by RFC 4180: a field may be wrapped in double quotes, and then hold
/// commas, line breaks and doubled double quotes (`""` for one `"`).
///
/// Beyond the RFC, as spreadsheets write them: blanks around a field are dropped (not inside its
/// quotes), line breaks may be LF, CRLF or CR, and blank lines and lines starting with `#` are no rows.
struct CSVRecords {
    private let text: String
    private let path: String
    private var i: String.Index
    private var line = 1

    /// The rows of `text`; `path` names the source in errors.
    init(_ text: String, path: String) {
        self.text = text
        self.path = path
        i = text.startIndex
    }

    /// The next row, or nil at the end.
    /// - Throws: `CSVError` for a quote left open or text after a closing quote, at its line.
    mutating func next() throws -> CSVRecord? {
        skipBlankAndCommentLines()
        guard i < text.endIndex else { return nil }
        var record = CSVRecord()
        while true {
            skipBlanks()
            record.lines.append(line)
            let field = record.fields.count + 1
            if i < text.endIndex && text[i] == "\"" {
                record.fields.append(try quoted(field: field))
                skipBlanks()
                if i < text.endIndex && text[i] != "," && !text[i].isNewline {
                    throw CSVError(path: path, line: line, reason: "field \(field) has text after its closing quote")
                }
            } else {
                let start = i
                while i < text.endIndex && text[i] != "," && !text[i].isNewline { i = text.index(after: i) }
                let raw = text[start ..< i].trimmingBlanks()
                if raw.contains("\"") {
                    throw CSVError(path: path, line: line,
                                   reason: "field \(field) holds a double quote but does not start with one: wrap the field in quotes and double the quote inside")
                }
                record.fields.append(String(raw))
            }
            guard i < text.endIndex else { return record }
            let separator = text[i]
            i = text.index(after: i)
            if separator.isNewline {
                line += 1
                return record
            }
        }
    }

    /// The text of a quoted field, `i` at its opening quote; leaves `i` after the closing quote.
    private mutating func quoted(field: Int) throws -> String {
        let opened = line
        var value = ""
        i = text.index(after: i)
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if c == "\"" {
                guard i < text.endIndex && text[i] == "\"" else { return value }
                i = text.index(after: i)
            } else if c.isNewline {
                line += 1
            }
            value.append(c)
        }
        throw CSVError(path: path, line: opened, reason: "field \(field) opens a quote that is never closed")
    }

    /// Moves past blanks (spaces, tabs).
    private mutating func skipBlanks() {
        while i < text.endIndex && text[i].isBlank { i = text.index(after: i) }
    }

    /// Moves past lines that are blank or comments, counting them.
    private mutating func skipBlankAndCommentLines() {
        while i < text.endIndex {
            var j = i
            while j < text.endIndex && text[j].isBlank { j = text.index(after: j) }
            guard j == text.endIndex || text[j].isNewline || text[j] == "#" else { return }
            while j < text.endIndex && !text[j].isNewline { j = text.index(after: j) }
            if j < text.endIndex {
                j = text.index(after: j)
                line += 1
            }
            i = j
        }
    }
}

extension Character {
    /// Whether this is white space within a line: a space, a tab, a no-break space.
    fileprivate var isBlank: Bool { isWhitespace && !isNewline }
}

extension Substring {
    /// The text without blanks at either end.
    fileprivate func trimmingBlanks() -> Substring {
        guard let first = firstIndex(where: { !$0.isBlank }), let last = lastIndex(where: { !$0.isBlank }) else { return "" }
        return self[first ... last]
    }
}
