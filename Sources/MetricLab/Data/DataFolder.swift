import Foundation

/// Where the shipped data files are found at run time: nothing is ever downloaded.
public struct DataFolder: Sendable, Equatable {
    /// The environment variable naming the data folder for callers that do not run from the root.
    public static let environmentVariable = "METRICLAB_DATA"

    /// The folder's path.
    public let path: String
    /// Why this folder: how it was chosen, for errors.
    public let reason: String

    /// The folder to read: `explicit` when given; else `$METRICLAB_DATA` when set; else `data/`
    /// under the working directory, which is the repository root when a notebook runs. The first
    /// that applies is used alone: a folder asked for and wrong is an error, not a fallback.
    public static func resolve(explicit: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               workingDirectory: String = FileManager.default.currentDirectoryPath) -> DataFolder {
        if let explicit { return DataFolder(path: explicit, reason: "\(explicit) (the folder given)") }
        if let variable = environment[environmentVariable], !variable.isEmpty {
            return DataFolder(path: variable, reason: "\(variable) (from \(environmentVariable))")
        }
        let path = URL(fileURLWithPath: workingDirectory).appendingPathComponent("data").path
        return DataFolder(path: path, reason: "\(path) (data/ under the working directory, as no folder was given and \(environmentVariable) is not set)")
    }

    /// The path of `fileName` in this folder, or `DataFileError.notFound` when there is no such file.
    public func file(_ fileName: String) throws -> String {
        let path = URL(fileURLWithPath: self.path).appendingPathComponent(fileName).path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw DataFileError.notFound(path: path, lookedIn: reason)
        }
        return path
    }
}
