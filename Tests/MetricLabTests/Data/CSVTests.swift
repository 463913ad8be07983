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

    @Test func missingFileIsNamed() {
        #expect {
            try Dataset(csv: "/nonexistent/dir/missing.csv")
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/dir/missing.csv: cannot read the file")
        }
    }
}
