import Foundation

extension Dataset {
    /// A data set read from a CSV file of rows `x, y, …, label`.
    ///
    /// The header is optional: a first line none of whose fields is a number names the columns.
    /// Blank lines and lines starting with `#` are skipped; a field may be wrapped in double quotes,
    /// but may not hold a comma. Labels are whole numbers ≥ 0, used as
    /// they are, or names, numbered in order of first appearance; the first data row decides which.
    /// - Throws: `CSVError` naming the file and line of the first bad row and what is wrong with it.
    public init(csv path: String) throws {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw CSVError(path: path, line: nil, reason: "cannot read the file (\(error.localizedDescription))")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        self = try Dataset(csvText: text, path: path, name: name)
    }

    /// A data set parsed from CSV text; `path` names the source in errors.
    init(csvText text: String, path: String, name: String) throws {
        var header: [String]?
        var width: Int?
        var scalars: [Double] = [], labels: [Int] = []
        var namedLabels: Bool?
        var names: [String] = [], numberOfName: [String: Int] = [:]

        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = offset + 1
            func fail(_ reason: String) -> CSVError { CSVError(path: path, line: lineNumber, reason: reason) }
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(.newlines))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(Self.unquoted)
            if width == nil {
                guard fields.count >= 2 else {
                    throw fail("a row needs at least one coordinate and a label, found only one field")
                }
                width = fields.count
                if fields.allSatisfy({ Double($0) == nil }) { header = fields; continue }
            }
            guard fields.count == width else {
                throw fail("expected \(width!) fields, found \(fields.count)")
            }
            for (k, field) in fields.dropLast().enumerated() {
                guard let value = Double(field), value.isFinite else {
                    let column = header.map { "column '\($0[k])'" } ?? "field \(k + 1)"
                    throw fail("\(column) is '\(field)', not a finite number")
                }
                scalars.append(value)
            }
            let label = fields[fields.count - 1]
            let number = Self.wholeNumber(label)
            let named = namedLabels ?? (number == nil)
            namedLabels = named
            if named {
                guard !label.isEmpty else { throw fail("the label is empty") }
                if numberOfName[label] == nil { numberOfName[label] = names.count; names.append(label) }
                labels.append(numberOfName[label]!)
            } else {
                guard let number else {
                    throw fail("the label is '\(label)', not a whole number ≥ 0 like the first row's")
                }
                labels.append(number)
            }
        }
        guard let width, let namedLabels else {
            throw CSVError(path: path, line: nil, reason: "no data rows")
        }
        self.init(name: name, points: Tensor(rows: labels.count, cols: width - 1, scalars: scalars), labels: labels,
                  classes: namedLabels ? names.count : nil, classNames: namedLabels ? names : nil)
    }

    /// A field without its surrounding blanks and double quotes.
    private static func unquoted(_ field: Substring) -> String {
        let text = field.trimmingCharacters(in: .whitespaces)
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// `text` as a whole number ≥ 0 ("3" or "3.0"), or nil.
    private static func wholeNumber(_ text: String) -> Int? {
        if let n = Int(text) { return n >= 0 ? n : nil }
        guard let x = Double(text), x >= 0, x < 1e9, x == x.rounded() else { return nil }
        return Int(x)
    }
}
