import Foundation

/// Why a CSV file could not be read as a data set, with the file and line at fault.
public struct CSVError: Error, CustomStringConvertible, LocalizedError {
    /// The file's path, as given.
    public let path: String
    /// The 1-based line at fault, or nil when the fault is the whole file's.
    public let line: Int?
    /// What is wrong, in a sentence fragment.
    public let reason: String

    /// `path:line: reason`, the form compilers use, so that editors can jump to the line.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
