import Foundation

extension Dataset {
    /// A data set shipped in the repository, read from its CSV file in `folder` (see
    /// `DataFolder.resolve` for where it is looked for when no folder is given) and checked
    /// against its `manifest`: row and column counts, labels, class sizes, missing values.
    /// - Throws: `DataFileError.notFound` saying where it looked; `CSVError` naming the file and
    ///   line (or the whole file, for a count) of the first thing that differs from the manifest.
    public static func named(_ name: DatasetName, in folder: String? = nil) throws -> Dataset {
        let path = try DataFolder.resolve(explicit: folder).file(name.manifest.fileName)
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw CSVError(path: path, line: nil, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try Dataset(namedCSV: text, path: path, name: name.title, manifest: name.manifest)
    }

    /// A shipped data set by its name as text ("digits", "breastCancer").
    /// - Throws: `DataFileError.unknownName` listing the known names, or what `named(_:in:)` throws.
    public static func named(_ name: String, in folder: String? = nil) throws -> Dataset {
        guard let known = DatasetName(rawValue: name) else { throw DataFileError.unknownName(name) }
        return try named(known, in: folder)
    }

    /// A data set parsed from the text of a shipped file, `path` naming it in errors: a header of
    /// the features and `label`, then rows of features and a class number, checked against `manifest`.
    init(namedCSV text: String, path: String, name: String, manifest: DataManifest) throws {
        let width = manifest.features + 1
        var header: [String]?
        var rows = 0, dropped = 0
        var scalars: [Double] = [], labels: [Int] = []
        scalars.reserveCapacity(manifest.rows * manifest.features)
        var records = CSVRecords(text, path: path)
        while let record = try records.next() {
            let fields = record.fields
            func fail(_ reason: String, field: Int? = nil) -> CSVError {
                CSVError(path: path, line: field.map { record.lines[$0] } ?? record.line, reason: reason)
            }
            guard fields.count == width else {
                throw fail("\(fields.count) columns, but \(name) is recorded with \(manifest.features) features and a label")
            }
            guard let columns = header else {
                guard fields.last == "label", fields.allSatisfy({ Double($0) == nil }) else {
                    throw fail("the first row must name the columns, the last one 'label'")
                }
                header = fields
                continue
            }
            rows += 1
            var row: [Double] = []
            row.reserveCapacity(manifest.features)
            var missing = false
            for (k, field) in fields.dropLast().enumerated() {
                if field.isEmpty || field == "NA" {
                    guard case .dropRows = manifest.missingValues else {
                        throw fail("column '\(columns[k])' is missing ('\(field)'), and \(name) allows no missing values", field: k)
                    }
                    missing = true
                    continue
                }
                guard let value = Double(field), value.isFinite else {
                    throw fail("column '\(columns[k])' is '\(field)', not a finite number", field: k)
                }
                row.append(value)
            }
            let label = fields[width - 1]
            guard let number = Int(label), manifest.classNames.indices.contains(number) else {
                throw fail("the label is '\(label)', not a class number in 0..<\(manifest.classNames.count)", field: width - 1)
            }
            if missing { dropped += 1; continue }
            scalars.append(contentsOf: row)
            labels.append(number)
        }
        func refuse(_ reason: String) -> CSVError { CSVError(path: path, line: nil, reason: reason) }
        guard rows == manifest.rows else { throw refuse("\(rows) data rows, but \(name) is recorded with \(manifest.rows)") }
        if case .dropRows(let count) = manifest.missingValues, dropped != count {
            throw refuse("\(dropped) rows with missing values, but \(name) is recorded with \(count)")
        }
        var sizes = [Int](repeating: 0, count: manifest.classNames.count)
        for label in labels { sizes[label] += 1 }
        if let c = sizes.indices.first(where: { sizes[$0] != manifest.classSizes[$0] }) {
            throw refuse("class '\(manifest.classNames[c])' has \(sizes[c]) examples, but \(name) is recorded with \(manifest.classSizes[c])")
        }
        self.init(name: name, points: Tensor(rows: labels.count, cols: manifest.features, scalars: scalars),
                  labels: labels, classes: manifest.classNames.count, classNames: manifest.classNames)
    }
}
