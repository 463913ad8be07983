import Foundation
import MetricLab
import Testing

/// A fresh folder holding `fileName` with `text`; returns the folder and the file's path.
private func folder(with fileName: String, _ text: String) throws -> (folder: String, file: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metriclab-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(fileName)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return (dir.path, url.path)
}

/// The shipped file's lines, to damage one at a time.
private func shippedLines(_ name: DatasetName) throws -> [String] {
    try String(contentsOfFile: "\(repositoryData)/\(name.manifest.fileName)", encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

/// The `CSVError` that loading `name` from `lines` throws, with the damaged file's path.
private func loadError(_ name: DatasetName, from lines: [String]) throws -> (file: String, error: CSVError?) {
    let (dir, file) = try folder(with: name.manifest.fileName, lines.joined(separator: "\n"))
    do { _ = try Dataset.named(name, in: dir); return (file, nil) } catch let error as CSVError { return (file, error) }
}

/// Iris's file: two comment lines, the header on line 3, the 150 rows on lines 4…153.
@Suite struct NamedDatasetErrorTests {
    @Test func aMissingRowIsRefusedWithTheCounts() throws {
        var lines = try shippedLines(.iris)
        lines.remove(at: 10)
        let (file, error) = try loadError(.iris, from: lines)
        #expect(error?.description == "\(file): 149 data rows, but iris is recorded with 150")
    }

    @Test func aMissingColumnIsRefusedAtItsLine() throws {
        let narrower = try shippedLines(.iris).map { $0.hasPrefix("#") ? $0 : $0.split(separator: ",").dropFirst().joined(separator: ",") }
        let (file, error) = try loadError(.iris, from: narrower)
        #expect(error?.description == "\(file):3: 4 columns, but iris is recorded with 4 features and a label")
        var lines = try shippedLines(.iris)
        lines[20] += ",7"
        #expect(try loadError(.iris, from: lines).error?.line == 21)
    }

    @Test func aMissingValueIsRefusedWhereNoneIsAllowed() throws {
        for token in ["NA", ""] {
            var lines = try shippedLines(.iris)
            lines[4] = "5.1,\(token),1.4,0.2,0"
            let (file, error) = try loadError(.iris, from: lines)
            #expect(error?.description == "\(file):5: column 'sepal width (cm)' is missing ('\(token)'), and iris allows no missing values")
        }
    }

    @Test func penguinsDropExactlyTheRecordedRows() throws {
        var lines = try shippedLines(.penguins)
        lines[10] = "NA,17.1,186,3300,0"
        let (file, error) = try loadError(.penguins, from: lines)
        #expect(error?.description == "\(file): 3 rows with missing values, but penguins is recorded with 2")
    }

    @Test func aClassOfTheWrongSizeOrAnUnknownLabelIsRefused() throws {
        var lines = try shippedLines(.iris)
        lines[3] = "5.1,3.5,1.4,0.2,1"
        let (file, error) = try loadError(.iris, from: lines)
        #expect(error?.description == "\(file): class 'setosa' has 49 examples, but iris is recorded with 50")
        lines[3] = "5.1,3.5,1.4,0.2,3"
        #expect(try loadError(.iris, from: lines).error?.reason == "the label is '3', not a class number in 0..<3")
        lines[3] = "5.1,3.5,1.4,oops,0"
        #expect(try loadError(.iris, from: lines).error?.reason == "column 'petal width (cm)' is 'oops', not a finite number")
    }

    @Test func aFileWithoutHeaderIsRefused() throws {
        let lines = try shippedLines(.iris).filter { !$0.hasPrefix("sepal") }
        let (file, error) = try loadError(.iris, from: lines)
        #expect(error?.description == "\(file):3: the first row must name the columns, the last one 'label'")
    }

    @Test func aMissingFileSaysWhereItLooked() throws {
        let (dir, _) = try folder(with: "other.csv", "")
        #expect(throws: DataFileError.notFound(path: "\(dir)/wine.csv", lookedIn: "\(dir) (the folder given)")) {
            try Dataset.named(.wine, in: dir)
        }
        #expect(DataFileError.notFound(path: "/x/wine.csv", lookedIn: "/x (the folder given)").description
            == "no data file /x/wine.csv: looked in /x (the folder given); run from the repository root, pass the folder, or set METRICLAB_DATA")
    }
}
