import Foundation

/// Writes that never leave a half-written file: into a temporary file beside the target, then
/// a rename, which the file system performs at once.
public enum AtomicFile {
    /// Replaces the file at `path` with `data`; does nothing if it already holds exactly that.
    /// Returns whether the file changed.
    @discardableResult
    public static func write(_ data: Data, toPath path: String) throws -> Bool {
        if FileManager.default.contents(atPath: path) == data { return false }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = temporaryPath(besides: path)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        try move(temporary, over: path)
        return true
    }

    /// Replaces the file at `path` with `text` in UTF-8.
    @discardableResult
    public static func write(_ text: String, toPath path: String) throws -> Bool {
        try write(Data(text.utf8), toPath: path)
    }

    /// Moves `source` onto `destination` in one step, replacing what is there. Across file
    /// systems the file is first copied beside the destination, then renamed.
    public static func move(_ source: String, over destination: String) throws {
        if rename(source, destination) == 0 { return }
        let failure = errno
        if failure == EXDEV {
            let besides = temporaryPath(besides: destination)
            try FileManager.default.copyItem(atPath: source, toPath: besides)
            try FileManager.default.removeItem(atPath: source)
            try move(besides, over: destination)
            return
        }
        try? FileManager.default.removeItem(atPath: source)
        let reason = String(cString: strerror(failure))
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination, NSLocalizedDescriptionKey: "cannot move \(source) to \(destination): \(reason)"])
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
