import Foundation

/// Writes that never leave a half-written file: into a temporary file beside the target, then
/// a rename, which the file system performs at once.
///
/// A link is written through: its target gets the new bytes (staged beside the target, in the
/// target's file system) and the link stays a link. The file keeps its permission bits, and a
/// read-only file is refused rather than replaced, which a rename would allow.
public enum AtomicFile {
    /// Replaces the file at `path` with `data`; does nothing if it already holds exactly that.
    /// Returns whether the file changed.
    @discardableResult
    public static func write(_ data: Data, toPath path: String) throws -> Bool {
        let target = resolved(path)
        if (try? POSIXFile.read(target)) == data { return false }
        let staged = try stage(data, replacing: target)
        try move(staged, over: target)
        return true
    }

    /// Replaces the file at `path` with `text` in UTF-8.
    @discardableResult
    public static func write(_ text: String, toPath path: String) throws -> Bool {
        try write(Data(text.utf8), toPath: path)
    }

    /// Moves `source` onto `destination` in one step, replacing what is there. Across file
    /// systems the file is first copied beside the destination, then renamed. On failure
    /// `source` is removed.
    public static func move(_ source: String, over destination: String) throws {
        if rename(source, destination) == 0 { return }
        let failure = errno
        if failure == EXDEV {
            let besides = temporaryPath(besides: destination)
            do {
                try FileManager.default.copyItem(atPath: source, toPath: besides)
            } catch {
                try? FileManager.default.removeItem(atPath: besides)
                try? FileManager.default.removeItem(atPath: source)
                throw FileError(path: destination, message: "cannot write: \(error.localizedDescription)")
            }
            try? FileManager.default.removeItem(atPath: source)
            try move(besides, over: destination)
            return
        }
        try? FileManager.default.removeItem(atPath: source)
        throw FileError(path: destination, cannot: "replace", code: failure)
    }

    /// The file `path` names: the end of its chain of links, or `path` itself when it is not a
    /// link or names nothing yet.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Writes `data` into a new temporary file beside `target`, ready to be renamed over it,
    /// with `target`'s permission bits when it exists; refuses a `target` that is read-only or
    /// not a regular file. Returns the temporary file's path.
    static func stage(_ data: Data, replacing target: String) throws -> String {
        let directory = (target as NSString).deletingLastPathComponent
        if !directory.isEmpty { try POSIXFile.makeDirectories(directory) }
        var mode: mode_t?
        if let status = POSIXFile.status(of: target) {
            guard status.st_mode & S_IFMT == S_IFREG else { throw FileError(path: target, message: "is not a regular file: not replaced") }
            mode = status.st_mode & 0o7777
            // Permission bits do not stop root, and a rename needs only the folder's: the
            // file's own bits are the owner's wish, so they are read here.
            guard status.st_mode & 0o222 != 0 else {
                throw FileError(path: target, message: "is read-only (mode \(String(status.st_mode & 0o777, radix: 8))): not replaced")
            }
            guard access(target, W_OK) == 0 else { throw FileError(path: target, cannot: "replace", code: errno) }
        }
        let temporary = temporaryPath(besides: target)
        try POSIXFile.create(temporary, holding: data, mode: mode)
        return temporary
    }

    /// Removes temporary files and folders in `folder` left by runs whose process is gone
    /// (stopped with Ctrl-C, killed): their names carry the process id.
    static func removeAbandonedTemporaries(in folder: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(".") && entry.hasSuffix(".tmp") {
            let parts = entry.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(entry))
        }
    }

    /// A fresh hidden name in the same folder as `path` (a rename only is atomic within one file system).
    static func temporaryPath(besides path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }
}
