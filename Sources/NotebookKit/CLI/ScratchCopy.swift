import Foundation

/// Notebooks and their figures copied into a temporary project folder, sharing the originals'
/// cache: somewhere to run them (`check`, a benchmark) without touching the tree.
public struct ScratchCopy: Sendable {
    /// The temporary project root.
    public let root: String
    /// The copies, in the order of the originals.
    public let notebooks: [NotebookPaths]

    /// Copies `originals` (each notebook with its figure folder).
    public init(of originals: [NotebookPaths]) throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("metriclab-scratch-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        var copies: [NotebookPaths] = []
        for original in originals {
            let folder = ((original.notebook as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let copyPath = (root as NSString).appendingPathComponent("\(folder)/\(original.name).md")
            try FileManager.default.createDirectory(atPath: (copyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // The notebook's bytes, not a link to it (a run writes through links) and writable
            // (a read-only notebook is refused by a run): the copy must behave as the original
            // would, without ever reaching it.
            let text = try POSIXFile.read(original.notebook)
            guard FileManager.default.createFile(atPath: copyPath, contents: text, attributes: [.posixPermissions: 0o644]) else {
                throw FileError(path: copyPath, message: "cannot be written")
            }
            let copy = NotebookPaths(notebook: copyPath, cache: original.cache)
            if FileManager.default.fileExists(atPath: original.figures) {
                try FileManager.default.createDirectory(atPath: (copy.figures as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: original.figures, toPath: copy.figures)
            }
            copies.append(copy)
        }
        notebooks = copies
        try Self.linkProjects(of: originals, into: copies)
    }

    /// Links every other entry of each original's project root (`data/`, say) into its copy's
    /// root, so that a cell reading the project's files from its working directory, as cells run
    /// in the root, reads the same files here. Notebook and figure folders are the copies' own.
    private static func linkProjects(of originals: [NotebookPaths], into copies: [NotebookPaths]) throws {
        var linked = Set<String>()
        for (original, copy) in zip(originals, copies) where linked.insert(copy.root).inserted {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: original.root)) ?? [] {
                let place = (copy.root as NSString).appendingPathComponent(entry)
                let notebookFile = (original.notebook as NSString).deletingLastPathComponent == original.root && entry.hasSuffix(".md")
                guard entry != "figures", !notebookFile, !FileManager.default.fileExists(atPath: place),
                      (try? FileManager.default.destinationOfSymbolicLink(atPath: place)) == nil else { continue }
                try FileManager.default.createSymbolicLink(atPath: place, withDestinationPath: (original.root as NSString).appendingPathComponent(entry))
            }
        }
    }

    /// Deletes the copy.
    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
