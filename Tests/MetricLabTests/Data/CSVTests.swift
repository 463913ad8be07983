import Foundation
import MetricLab
import Testing

/// Writes `text` to a fresh temporary file and returns its path.
private func temporaryCSV(_ text: String, name: String = "points") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metriclab-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("\(name).csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// The error that loading `text` throws.
private func loadError(_ text: String) throws -> (path: String, error: CSVError?) {
    let path = try temporaryCSV(text)
    do { _ = try Dataset(csv: path); return (path, nil) } catch let error as CSVError { return (path, error) }
}

@Suite struct CSVTests {
    @Test func readsRowsWithHeader() throws {
        let path = try temporaryCSV("x,y,label\n0.5,1,0\n\n# a comment\n-2,3e-1,2\n", name: "tiny")
        let data = try Dataset(csv: path)
        #expect(data.name == "tiny")
        #expect(data.points.rowArrays == [[0.5, 1], [-2, 0.3]])
        #expect(data.labels == [0, 2] && data.classes == 3)
    }

    @Test func readsRowsWithoutHeaderWithCRLF() throws {
        let data = try Dataset(csv: try temporaryCSV("1,2,3,1\r\n4,5,6,0.0\r\n"))
        #expect(data.points.rowArrays == [[1, 2, 3], [4, 5, 6]] && data.labels == [1, 0] && data.dimension == 3)
    }

    @Test func numbersNamedLabelsInOrderOfAppearance() throws {
        let data = try Dataset(csv: try temporaryCSV("\"a\",\"b\",\"species\"\n1,1,setosa\n2, \"2\",\"virginica\"\n3,3,setosa\n"))
        #expect(data.labels == [0, 1, 0] && data.classNames == ["setosa", "virginica"] && data.classes == 2)
        #expect(data.points.rowArrays == [[1, 1], [2, 2], [3, 3]])
    }

    @Test func badRowsNameFileLineAndReason() throws {
        let cases: [(text: String, line: Int?, reason: String)] = [
            ("x,y,label\n1,2,0\n3,0\n", 3, "expected 3 fields, found 2"),
            ("x,y,label\n1,2,0\n\n1,oops,1\n", 4, "column 'y' is 'oops', not a finite number"),
            ("1,2,0\n1,nan,1\n", 2, "field 2 is 'nan', not a finite number"),
            ("1,2,0\n1,2,cat\n", 2, "the label is 'cat', not a whole number ≥ 0 like the first row's"),
            ("1,2,0\n1,2,-1\n", 2, "the label is '-1', not a whole number ≥ 0 like the first row's"),
            ("x,label\n", nil, "no data rows"),
            ("7\n", 1, "a row needs at least one coordinate and a label, found only one field"),
        ]
        for c in cases {
            let (path, error) = try loadError(c.text)
            #expect(error?.line == c.line)
            #expect(error?.reason == c.reason)
            let expected = c.line.map { "\(path):\($0): \(c.reason)" } ?? "\(path): \(c.reason)"
            #expect(error?.description == expected)
            #expect(error?.localizedDescription == expected)
        }
    }

    /// RFC 4180: quoted fields hold commas, doubled quotes and line breaks; blanks outside the
    /// quotes are dropped, inside kept.
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "\"x, cm\",\"y\",species\n1,2,\"setosa, wild\"\r\n 3 , \"4\" ,\"say \"\"hi\"\"\"\n5,6,\"two\nlines\"\n7,8,\"setosa, wild\"\n"
        let data = try Dataset(csv: try temporaryCSV(text))
        #expect(data.points.rowArrays == [[1, 2], [3, 4], [5, 6], [7, 8]])
        #expect(data.classNames == ["setosa, wild", "say \"hi\"", "two\nlines"])
        #expect(data.labels == [0, 1, 2, 0])
    }

    /// Quoting errors, and errors after a quoted line break, name the line of the field at fault.
    @Test func quotingErrorsNameTheirLine() throws {
        let cases: [(text: String, line: Int?, reason: String)] = [
            ("x,y,label\n1,2,\"open\n3,4,0\n", 2, "field 3 opens a quote that is never closed"),
            ("x,y,label\n1,\"2\"x,0\n", 2, "field 2 has text after its closing quote"),
            ("x,y,label\n1,2,ab\"c\n", 2, "field 3 holds a double quote but does not start with one: wrap the field in quotes and double the quote inside"),
            ("x,y,label\n1,2,\"a\nb\"\n3,oops,c\n", 4, "column 'y' is 'oops', not a finite number"),
            ("x,y,label\n1,2,\"two\nlines\",9\n", 2, "expected 3 fields, found 4"),
            ("x,y,label\n\"1\n\",2,0\n", 2, "column 'x' is '1\n', not a finite number"),
            ("x,y,label\n1,\"2,5\",0\n", 2, "column 'y' is '2,5', not a finite number"),
            ("x,y,label\n1,\"2\",\"0\",\"\"\n", 2, "expected 3 fields, found 4"),
            ("1,inf,0\n", 1, "field 2 is 'inf', not a finite number"),
        ]
        for c in cases {
            let (path, error) = try loadError(c.text)
            #expect(error?.line == c.line, "\(c.text)")
            #expect(error?.reason == c.reason)
            #expect(error?.description == "\(path):\(c.line!): \(c.reason)")
        }
    }

    @Test func missingFileIsNamed() {
        #expect {
            try Dataset(csv: "/nonexistent/dir/missing.csv")
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/dir/missing.csv: cannot read the file")
        }
    }
}
