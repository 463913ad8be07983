import Foundation

/// Where a run keeps the whole printed text of each cell whose output was cut at the
/// `OutputLimit`: `notebooks/.metriclab/output/NAME/cell-N.txt`. It is replaced as a whole
/// when a run succeeds, so it always holds the text of the outputs woven into the notebook.
public struct FullOutputFolder: Sendable, Equatable {
    /// The folder.
    public var path: String
    /// The folder as named in the woven note (relative to the project root).
    public var shownAs: String

    /// A folder at `path`, named `shownAs` in notes.
    public init(path: String, shownAs: String) {
        self.path = path
        self.shownAs = shownAs
    }

    /// The folder of the notebook at `paths`, in its cache. The note names it from the cache's
    /// own folder, which is the same whether the notebook runs in place or, for `check`, as a
    /// scratch copy that shares the original's cache: a checked notebook reads the same.
    public init(for paths: NotebookPaths) {
        let cache = (paths.cache as NSString).pathComponents.suffix(2).joined(separator: "/")
        self.init(path: (paths.cache as NSString).appendingPathComponent("output/\(paths.name)"),
                  shownAs: "\(cache)/output/\(paths.name)")
    }

    /// The file that holds cell `number`'s text.
    func file(cell number: Int, in folder: String) -> String {
        (folder as NSString).appendingPathComponent("cell-\(number).txt")
    }

    /// The name the note gives cell `number`'s file.
    func shownFile(cell number: Int) -> String {
        "\(shownAs)/cell-\(number).txt"
    }

    /// Replaces the folder with `staging` (or removes it when the run cut nothing).
    func publish(_ staging: String?) throws {
        if FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
        }
        if let staging {
            try AtomicFile.move(staging, over: path)
        }
    }
}
