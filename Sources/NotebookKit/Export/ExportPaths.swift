import Foundation

/// Where `metriclab export` reads a notebook and writes its page, checked before anything is
/// written: the notebook must be there, and the page may replace only an HTML page.
public struct ExportPaths: Sendable {
    /// The notebook exported.
    public var notebook: NotebookPaths
    /// The page written.
    public var page: String

    /// The paths of exporting the notebook at `path` to `output` (default: `NAME.html` in the
    /// current folder). Throws a `FileError` when the notebook is missing or the page would
    /// replace something that is not an HTML page: the notebook itself, a Markdown file, a folder.
    public init(notebook path: String, output: String?) throws {
        switch POSIXFile.kind(of: path) {
        case .file: break
        case .missing: throw FileError(path: path, message: "no such notebook")
        case .folder: throw FileError(path: path, message: "is a folder: export takes one notebook file")
        case .other: throw FileError(path: path, message: "is not a notebook file")
        }
        notebook = NotebookPaths(notebook: path)
        page = output ?? "\(notebook.name).html"
        try Self.checkReplaceable(page, notebook: path)
    }

    /// Writes `html` to the page, atomically.
    public func write(_ html: String) throws {
        try AtomicFile.write(html, toPath: page)
    }

    /// Throws unless `page` names nothing yet or an HTML page other than the notebook.
    static func checkReplaceable(_ page: String, notebook: String) throws {
        guard let existing = POSIXFile.status(of: page) else { return }
        if let source = POSIXFile.status(of: notebook), source.st_dev == existing.st_dev, source.st_ino == existing.st_ino {
            throw FileError(path: page, message: "is the notebook itself: choose another page with -o")
        }
        guard existing.st_mode & S_IFMT == S_IFREG else {
            throw FileError(path: page, message: "exists and is not a file: choose another page with -o")
        }
        guard (page as NSString).pathExtension.lowercased() != "md" else {
            throw FileError(path: page, message: "is a Markdown file: export writes HTML, so it is not replaced")
        }
        let head = (try? POSIXFile.read(page).prefix(64)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard head.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().hasPrefix("<!doctype html") else {
            throw FileError(path: page, message: "exists and is not an HTML page, so it is not replaced: remove it or choose another page with -o")
        }
    }
}
