import Foundation

/// Why a named data set could not be found (a file's content errors are `CSVError`s, at their line).
public enum DataFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The name is none of `DatasetName`'s.
    case unknownName(String)
    /// The file is not at `path`; `lookedIn` says which folder that was and why.
    case notFound(path: String, lookedIn: String)

    /// A sentence naming what is wrong and what to do.
    public var description: String {
        switch self {
        case .unknownName(let name):
            "unknown data set '\(name)': the shipped ones are \(DatasetName.allCases.map(\.rawValue).joined(separator: ", "))"
        case .notFound(let path, let lookedIn):
            "no data file \(path): looked in \(lookedIn); run from the repository root, pass the folder, or set \(DataFolder.environmentVariable)"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
