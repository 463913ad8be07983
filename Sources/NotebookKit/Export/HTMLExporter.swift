import Foundation
import Ink

/// A woven notebook as one standalone HTML page.
public enum HTMLExporter {
    /// The page for the notebook at `paths`.
    public static func page(for paths: NotebookPaths) throws -> String {
        let text = try String(contentsOfFile: paths.notebook, encoding: .utf8)
        return MarkdownParser().html(from: text)
    }
}
