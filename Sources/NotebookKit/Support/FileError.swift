import Foundation

/// A file that could not be read or written, or that was not overwritten on purpose: the path,
/// then what happened in words (`figures/a/b.png: cannot replace: permission denied`).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as shown to the user.
    public var path: String
    /// What happened.
    public var message: String

    /// A problem with the file at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `action` failed with the C library's error `code`, said in words (`cannot write: no space
    /// left on device`) rather than as a number.
    init(path: String, cannot action: String, code: Int32) {
        let words = String(cString: strerror(code))
        self.init(path: path, message: "cannot \(action): \(words.prefix(1).lowercased() + words.dropFirst())")
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }

    /// The same error with its path shown relative to `root` when it lies inside it.
    func shown(relativeTo root: String) -> FileError {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return self }
        return FileError(path: String(path.dropFirst(prefix.count)), message: message)
    }
}
