extension DatasetName {
    /// What the file of this data set must hold; a file that differs is refused, so that a damaged
    /// or regenerated-differently file cannot pass for the data set the notebooks describe.
    public var manifest: DataManifest {
        switch self {
        case .digits:
            DataManifest(fileName: "digits.csv", rows: 1797, features: 64, classNames: (0 ..< 10).map(String.init),
                         classSizes: [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        case .iris:
            DataManifest(fileName: "iris.csv", rows: 150, features: 4, classNames: ["setosa", "versicolor", "virginica"],
                         classSizes: [50, 50, 50])
        case .wine:
            DataManifest(fileName: "wine.csv", rows: 178, features: 13, classNames: ["class_0", "class_1", "class_2"],
                         classSizes: [59, 71, 48])
        case .breastCancer:
            DataManifest(fileName: "breast-cancer.csv", rows: 569, features: 30, classNames: ["malignant", "benign"],
                         classSizes: [212, 357])
        case .penguins:
            // Two penguins (Adelie and Gentoo) have no measurement at all; no estimate could stand in
            // for them, so their rows are dropped, leaving 342.
            DataManifest(fileName: "penguins.csv", rows: 344, features: 4, classNames: ["Adelie", "Chinstrap", "Gentoo"],
                         classSizes: [151, 68, 123], missingValues: .dropRows(count: 2))
        }
    }
}
