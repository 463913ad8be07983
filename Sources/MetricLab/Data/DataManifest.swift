/// What a shipped data file holds, recorded beside the loader: the file is checked against it.
public struct DataManifest: Sendable, Equatable {
    /// The file's name in the data folder.
    public let fileName: String
    /// The number of data rows in the file, those with missing values included.
    public let rows: Int
    /// The number of feature columns, before the label column.
    public let features: Int
    /// The classes' names, by label.
    public let classNames: [String]
    /// The number of examples of each class once rows with missing values are dropped, by label.
    public let classSizes: [Int]
    /// Whether the file may hold missing values, and what becomes of their rows.
    public let missingValues: MissingValues

    /// A manifest; files hold no missing values unless `missingValues` says otherwise.
    public init(fileName: String, rows: Int, features: Int, classNames: [String], classSizes: [Int],
                missingValues: MissingValues = .refused) {
        self.fileName = fileName
        self.rows = rows
        self.features = features
        self.classNames = classNames
        self.classSizes = classSizes
        self.missingValues = missingValues
    }

    /// The number of examples loaded: the rows less those dropped for missing values.
    public var examples: Int { classSizes.reduce(0, +) }
}

/// What a data file may do with missing values (`NA` or an empty field).
public enum MissingValues: Sendable, Equatable {
    /// None is allowed: one is an error naming its line and column.
    case refused
    /// A row with a missing feature is dropped; exactly `count` rows must be, so that a file
    /// damaged into more gaps is still refused.
    case dropRows(count: Int)
}
