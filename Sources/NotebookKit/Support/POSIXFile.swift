import Foundation

/// Reading, creating and making folders through the C library, so that a failure keeps its
/// `errno` and is reported in words with its path, not as a Foundation error code.
enum POSIXFile {
    /// The bytes of the file at `path`, links followed.
    static func read(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, cannot: "read", code: errno) }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, cannot: "read", code: errno)
            }
            data.append(contentsOf: buffer[..<count])
        }
    }

    /// Creates the file `path`, which must not exist, holding `data` and flushed to the disk, so
    /// that a full disk shows here and not after a rename. `mode` sets its permission bits;
    /// without it the process's defaults apply. Nothing is left behind on failure.
    static func create(_ path: String, holding data: Data, mode: mode_t? = nil) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileError(path: path, cannot: "write", code: errno) }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(path) }
        }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FileError(path: path, cannot: "write", code: errno)
                }
                offset += count
            }
        }
        if let mode, fchmod(descriptor, mode) != 0 {
            throw FileError(path: path, cannot: "set its permissions", code: errno)
        }
        guard fsync(descriptor) == 0 else { throw FileError(path: path, cannot: "write", code: errno) }
        written = true
    }

    /// Creates the folder `path` and any missing folders above it.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        var code = errno
        if code == ENOENT {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path {
                try makeDirectories(parent)
                if mkdir(path, 0o777) == 0 { return }
                code = errno
            }
        }
        if code == EEXIST {
            guard kind(of: path) == .folder else { throw FileError(path: path, message: "is in the way: it is not a folder") }
            return
        }
        throw FileError(path: path, cannot: "create the folder", code: code)
    }

    /// What is at a path.
    enum Kind: Equatable {
        /// Nothing (or a link to nothing).
        case missing
        /// A regular file.
        case file
        /// A folder.
        case folder
        /// Anything else: a device, a socket, a pipe.
        case other
    }

    /// What is at `path`, links followed.
    static func kind(of path: String) -> Kind {
        guard let status = status(of: path) else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The `stat` of `path`, links followed, or nil when there is nothing there.
    static func status(of path: String) -> stat? {
        var result = stat()
        return stat(path, &result) == 0 ? result : nil
    }
}
