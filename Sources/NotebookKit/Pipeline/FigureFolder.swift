import Foundation

/// Moving a run's figures from its scratch folder into the notebook's figure folder, only once
/// the whole notebook has run: a failed run never replaces a good figure.
enum FigureFolder {
    /// Extensions of the files the runner owns in a figure folder.
    static let ownedExtensions: Set<String> = ["png", "gp", "gif", "svg"]

    /// Moves every file of `scratch` into `folder` (files with the same bytes are left alone),
    /// removes figure files of earlier runs that this run did not draw, and returns the content
    /// hash of each file now in place. Throws when a figure the cells reported is missing.
    static func publish(from scratch: String, to folder: String, reported: [String], notebook: String) throws -> [String: String] {
        let drawn = Set(((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []).filter { !$0.hasPrefix(".") })
        for file in reported where !drawn.contains(file) {
            throw NotebookError(file: notebook, line: 1, message: "figure file `\(file)` was reported but not drawn")
        }
        var hashes: [String: String] = [:]
        if !drawn.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        for file in drawn.sorted() {
            let source = (scratch as NSString).appendingPathComponent(file)
            let destination = (folder as NSString).appendingPathComponent(file)
            let hash = StableHash.ofFile(atPath: source)
            if hash != StableHash.ofFile(atPath: destination) {
                try AtomicFile.move(source, over: destination)
            }
            hashes[file] = hash
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for file in existing where !drawn.contains(file) && ownedExtensions.contains((file as NSString).pathExtension) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
        }
        if drawn.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: folder)
        }
        return hashes
    }
}
