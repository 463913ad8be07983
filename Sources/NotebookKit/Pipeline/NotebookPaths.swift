import Foundation

/// Where a notebook's pieces live. The project root is the folder above the notebook's folder:
/// `ROOT/notebooks/NAME.md` has its figures in `ROOT/figures/NAME/` and its cache in
/// `ROOT/notebooks/.metriclab/`.
public struct NotebookPaths: Sendable {
    /// The notebook file, absolute.
    public var notebook: String
    /// The project root.
    public var root: String
    /// The notebook's name (its file name without `.md`).
    public var name: String
    /// The notebook as shown in messages: relative to the root (`notebooks/NAME.md`).
    public var displayPath: String
    /// The notebook's figure folder.
    public var figures: String
    /// The figure folder as a link from the notebook (`../figures/NAME`).
    public var figureLink: String
    /// The runner's cache (compiled programs, run records, scratch space).
    public var cache: String

    /// The paths of the notebook at `path`; `cache` overrides the cache folder.
    public init(notebook path: String, cache: String? = nil) {
        let absolute = (path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as String)
        notebook = (absolute as NSString).standardizingPath
        let folder = (notebook as NSString).deletingLastPathComponent
        root = (folder as NSString).deletingLastPathComponent
        name = ((notebook as NSString).lastPathComponent as NSString).deletingPathExtension
        let folderName = (folder as NSString).lastPathComponent
        displayPath = "\(folderName)/\((notebook as NSString).lastPathComponent)"
        figures = (root as NSString).appendingPathComponent("figures/\(name)")
        figureLink = "../figures/\(name)"
        self.cache = cache ?? (folder as NSString).appendingPathComponent(".metriclab")
    }
}
