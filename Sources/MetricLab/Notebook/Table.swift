import Foundation

/// A value that can stand in a table cell: text, integers and floating-point numbers.
public protocol TableValue {
    /// The value as the text of a Markdown table cell.
    func tableText(digits: Int) -> String
}

extension String: TableValue {
    /// The string itself.
    public func tableText(digits: Int) -> String { self }
}

extension Substring: TableValue {
    /// The substring itself.
    public func tableText(digits: Int) -> String { String(self) }
}

extension Int: TableValue {
    /// The integer in decimal.
    public func tableText(digits: Int) -> String { String(self) }
}

extension Double: TableValue {
    /// The number with a fixed number of decimals, so a column lines up and reruns print the same;
    /// a value that rounds to zero prints without a sign (−0 and −0.0001 are "0.000", not "-0.000").
    public func tableText(digits: Int) -> String {
        guard isFinite else { return isNaN ? "NaN" : (self > 0 ? "∞" : "−∞") }
        let text = String(format: "%.\(digits)f", self)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." } ? String(text.dropFirst()) : text
    }
}

extension Float: TableValue {
    /// The number with a fixed number of decimals.
    public func tableText(digits: Int) -> String { Double(self).tableText(digits: digits) }
}

extension Bool: TableValue {
    /// `yes` or `no`.
    public func tableText(digits: Int) -> String { self ? "yes" : "no" }
}

extension Optional: TableValue where Wrapped: TableValue {
    /// The wrapped value, or a dash for a missing one.
    public func tableText(digits: Int) -> String { map { $0.tableText(digits: digits) } ?? "—" }
}

/// Puts a Markdown table into the notebook: a header row of `columns`, then `rows`, numbers
/// written with `digits` decimals. Woven as Markdown, not as printed text; each value shows as
/// the text it is (a `|`, `<b>` or `*` in it is escaped, never markup).
///
/// ```swift
/// table([["contrastive", 0.71, 3], ["triplet", 0.93, 9]], columns: ["loss", "NMI", "reunited"])
/// ```
public func table(_ rows: [[any TableValue]], columns: [String], digits: Int = 3) {
    markdown(MarkdownTable(values: rows, columns: columns, digits: digits).text)
}

/// Puts raw Markdown (prose, a list, a table made elsewhere) into the notebook's output.
public func markdown(_ text: String) {
    if NotebookRuntime.isUnderRunner {
        NotebookRuntime.emit(NotebookRecord(kind: "markdown", fields: ["text": text]))
    } else {
        print(text)
    }
}

/// A GitHub-flavoured Markdown table, numbers right-aligned and columns padded so the table
/// also reads well as plain text.
struct MarkdownTable {
    var columns: [String]
    var rows: [[String]]

    /// The table of `values` under `columns`, numbers with `digits` decimals.
    init(values: [[any TableValue]], columns: [String], digits: Int) {
        self.init(columns: columns, rows: values.map { $0.map { $0.tableText(digits: digits) } })
    }

    /// A table of cells as text under `columns`.
    init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    var text: String {
        let width = max(columns.count, rows.map(\.count).max() ?? 0)
        func padded(_ cells: [String]) -> [String] { (cells + Array(repeating: "", count: width - cells.count)).map(Self.escape) }
        let header = padded(columns)
        let body = rows.map(padded)
        let numeric = (0..<width).map { column in !body.isEmpty && body.allSatisfy { Self.looksNumeric($0[column]) || $0[column].isEmpty } }
        let widths = (0..<width).map { column in ([header] + body).map { $0[column].count }.max().map { max(3, $0) } ?? 3 }
        func line(_ cells: [String]) -> String {
            let aligned = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric[column] ? padding + cell : cell + padding
            }
            return "| " + aligned.joined(separator: " | ") + " |"
        }
        let rule = "| " + (0..<width).map { column in
            numeric[column] ? String(repeating: "-", count: widths[column] - 1) + ":" : String(repeating: "-", count: widths[column])
        }.joined(separator: " | ") + " |"
        return ([line(header), rule] + body.map(line)).joined(separator: "\n")
    }

    /// A cell's text as Markdown that shows exactly that text: on one line, with a backslash
    /// before each character that could end the cell (`|`), start HTML (`<`, `&`), or become
    /// Markdown (code, emphasis, links, strikethrough, a formula).
    static func escape(_ cell: String) -> String {
        var result = ""
        for c in cell {
            if c.isNewline {
                result.append(" ")
            } else {
                if "\\|<&`*_[]~$".contains(c) { result.append("\\") }
                result.append(c)
            }
        }
        return result
    }

    static func looksNumeric(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || "+-−.,eE±% ∞—".contains($0) }
    }
}
