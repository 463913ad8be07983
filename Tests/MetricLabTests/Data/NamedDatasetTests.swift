import Foundation
import MetricLab
import Testing

/// The repository's data folder, found from this file rather than the working directory.
let repositoryData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path

/// The number of examples of each class, by label.
func classSizes(_ data: Dataset) -> [Int] {
    (0 ..< data.classes).map { data.indices(ofClass: $0).count }
}

@Suite struct NamedDatasetTests {
    /// Shapes and class sizes as scikit-learn 1.9.1 and palmerpenguins 0.1.6 report them
    /// (`load_*().data.shape`, `np.bincount(target)`; penguins after `dropna` on the four measurements).
    @Test(arguments: [
        (DatasetName.digits, 1797, 64, [178, 182, 177, 183, 181, 182, 181, 179, 174, 180], (0 ..< 10).map(String.init)),
        (.iris, 150, 4, [50, 50, 50], ["setosa", "versicolor", "virginica"]),
        (.wine, 178, 13, [59, 71, 48], ["class_0", "class_1", "class_2"]),
        (.breastCancer, 569, 30, [212, 357], ["malignant", "benign"]),
        (.penguins, 342, 4, [151, 68, 123], ["Adelie", "Chinstrap", "Gentoo"]),
    ])
    func loadsShapeAndClasses(name: DatasetName, count: Int, dimension: Int, sizes: [Int], classNames: [String]) throws {
        let data = try Dataset.named(name, in: repositoryData)
        #expect(data.count == count && data.dimension == dimension)
        #expect(data.classes == sizes.count && classSizes(data) == sizes)
        #expect(data.classNames == classNames)
    }

    /// Values read off the Python sources (`load_digits().data[1000]`, …), rows counted after
    /// penguins' two dropped rows.
    @Test func valuesMatchThePythonSources() throws {
        let digits = try Dataset.named(.digits, in: repositoryData)
        #expect(Array(digits.points.row(0).prefix(16)) == [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0])
        #expect(Array(digits.points.row(1000).prefix(16)) == [0, 0, 1, 14, 2, 0, 0, 0, 0, 0, 0, 16, 5, 0, 0, 0])
        #expect(Array(digits.points.row(1796).suffix(8)) == [0, 1, 8, 12, 14, 12, 1, 0])
        #expect(digits.labels[0] == 0 && digits.labels[1000] == 1 && digits.labels[1796] == 8)
        let iris = try Dataset.named(.iris, in: repositoryData)
        #expect(iris.points.row(0) == [5.1, 3.5, 1.4, 0.2] && iris.labels[0] == 0)
        let wine = try Dataset.named(.wine, in: repositoryData)
        #expect(wine.points.row(177) == [14.13, 4.1, 2.74, 24.5, 96, 2.05, 0.76, 0.56, 1.35, 9.2, 0.61, 1.6, 560])
        #expect(wine.labels[177] == 2)
        let cancer = try Dataset.named(.breastCancer, in: repositoryData)
        #expect(Array(cancer.points.row(568).prefix(5)) == [7.76, 24.54, 47.92, 181, 0.05263])
        #expect(cancer.classNames[cancer.labels[568]] == "benign" && cancer.classNames[cancer.labels[0]] == "malignant")
        let penguins = try Dataset.named(.penguins, in: repositoryData)
        // The source's fourth penguin has no measurements: the loaded fourth is the source's fifth.
        #expect(penguins.points.row(2) == [40.3, 18, 195, 3250] && penguins.points.row(3) == [36.7, 19.3, 193, 3450])
        #expect(penguins.points.row(341) == [50.2, 18.7, 198, 3775] && penguins.classNames[penguins.labels[341]] == "Chinstrap")
        #expect(penguins.name == "penguins" && cancer.name == "breast cancer")
    }

    /// The files are plain CSV the general loader reads the same way; penguins' `NA` it refuses.
    @Test func theGeneralCSVLoaderReadsTheSameFiles() throws {
        for name in [DatasetName.digits, .iris, .wine, .breastCancer] {
            let named = try Dataset.named(name, in: repositoryData)
            let plain = try Dataset(csv: "\(repositoryData)/\(name.manifest.fileName)")
            #expect(plain.points.scalars == named.points.scalars && plain.labels == named.labels)
        }
        #expect(throws: CSVError.self) { try Dataset(csv: "\(repositoryData)/penguins.csv") }
    }

    @Test func namesAsText() throws {
        #expect(try Dataset.named("breastCancer", in: repositoryData).count == 569)
        #expect(throws: DataFileError.unknownName("digitz")) { try Dataset.named("digitz", in: repositoryData) }
        #expect(DataFileError.unknownName("digitz").description
            == "unknown data set 'digitz': the shipped ones are digits, iris, wine, breastCancer, penguins")
    }
}
