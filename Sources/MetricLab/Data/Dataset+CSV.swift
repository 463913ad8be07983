import Foundation

extension Dataset {
    /// A data set read from a CSV file of rows `x, y, …, label`.
    ///
    /// The header is optional: a first row none of whose fields is a number names the columns.
    /// Blank lines and lines starting with `#` are skipped; a field may be wrapped in double quotes,
    /// and then hold commas, line breaks and doubled quotes (RFC 4180). Labels are whole numbers
    /// ≥ 0, used as they are, or names, numbered in order of first appearance; the first data row
    /// decides which.
    /// - Throws: `CSVError` naming the file and line of the first bad row (of the bad field, when a
    ///   quoted field spans lines) and what is wrong with it, the column or field included.
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

        var records = CSVRecords(text, path: path)
        while let record = try records.next() {
            let fields = record.fields
            func fail(_ reason: String, field: Int? = nil) -> CSVError {
                CSVError(path: path, line: field.map { record.lines[$0] } ?? record.line, reason: reason)
            }
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
                    throw fail("\(column) is '\(field)', not a finite number", field: k)
                }
                scalars.append(value)
            }
            let label = fields[fields.count - 1]
            let number = Self.wholeNumber(label)
            let named = namedLabels ?? (number == nil)
            namedLabels = named
            if named {
                guard !label.isEmpty else { throw fail("the label is empty", field: fields.count - 1) }
                if numberOfName[label] == nil { numberOfName[label] = names.count; names.append(label) }
                labels.append(numberOfName[label]!)
            } else {
                guard let number else {
                    throw fail("the label is '\(label)', not a whole number ≥ 0 like the first row's", field: fields.count - 1)
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

    /// `text` as a whole number ≥ 0 ("3" or "3.0"), or nil.
    private static func wholeNumber(_ text: String) -> Int? {
        if let n = Int(text) { return n >= 0 ? n : nil }
        guard let x = Double(text), x >= 0, x < 1e9, x == x.rounded() else { return nil }
        return Int(x)
    }
}
