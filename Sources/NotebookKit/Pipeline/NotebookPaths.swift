import Foundation

/// Where a notebook's pieces live, all inside its project root.
///
/// A notebook in a folder called `notebooks` belongs to the project above that folder:
/// `ROOT/notebooks/NAME.md` has its figures in `ROOT/figures/NAME/`. Any other notebook's folder
/// is its own root (`ROOT/NAME.md` → `ROOT/figures/NAME/`), so a notebook never writes above the
/// folder that holds it unless that folder is a project's `notebooks`. The cache is always
/// `.metriclab/` beside the notebook, and cells run in the root.
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
    /// The figure folder as a link from the notebook (`../figures/NAME`), percent-encoded so that
    /// it is one CommonMark link destination whatever the name holds (`my%20notes`).
    public var figureLink: String
    /// The runner's cache (compiled programs, run records, scratch space).
    public var cache: String

    /// The folder name that marks notebooks kept apart from their project's root.
    static let notebooksFolder = "notebooks"

    /// The paths of the notebook at `path`; `cache` overrides the cache folder.
    public init(notebook path: String, cache: String? = nil) {
        let absolute = (path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as String)
        notebook = (absolute as NSString).standardizingPath
        let folder = (notebook as NSString).deletingLastPathComponent
        let fileName = (notebook as NSString).lastPathComponent
        name = (fileName as NSString).deletingPathExtension
        let inNotebooksFolder = (folder as NSString).lastPathComponent == Self.notebooksFolder && folder != "/"
        root = inNotebooksFolder ? (folder as NSString).deletingLastPathComponent : folder
        displayPath = inNotebooksFolder ? "\(Self.notebooksFolder)/\(fileName)" : fileName
        figures = (root as NSString).appendingPathComponent("figures/\(name)")
        figureLink = (inNotebooksFolder ? "../figures/" : "figures/") + Self.percentEncoded(name)
        self.cache = cache ?? (folder as NSString).appendingPathComponent(".metriclab")
    }

    /// `text` with every byte but ASCII letters, digits and `-._~` written as `%XX`: a space or a
    /// parenthesis would end or break a Markdown link.
    static func percentEncoded(_ text: String) -> String {
        text.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// The bytes a URL path keeps as they are (RFC 3986's unreserved characters).
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
}
