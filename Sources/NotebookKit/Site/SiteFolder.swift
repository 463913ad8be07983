import Foundation

/// The folder a site is written to: checked before anything is built, then replaced in one step.
///
/// A site is staged in full beside the folder and renamed into place, so a failed export leaves
/// the previous site as it was. Only a previous site is replaced: the folder must be missing,
/// empty, or hold exactly the files its manifest (`.metriclab-site`) lists, so that a user's own
/// file, or a folder that was never a site (`-o .`), is never removed.
struct SiteFolder {
    /// The folder.
    var path: String

    /// The manifest's name: the files of the site, one a line.
    static let manifestName = ".metriclab-site"

    /// The folder at `path`; throws a `FileError` when it may not be replaced.
    init(path: String) throws {
        self.path = (path as NSString).standardizingPath
        switch POSIXFile.kind(of: self.path) {
        case .missing: return
        case .file, .other: throw FileError(path: path, message: "exists and is not a folder: a site is a folder, choose another with -o")
        case .folder: break
        }
        let present = try Self.files(in: self.path)
        guard !present.isEmpty else { return }
        let manifestPath = (self.path as NSString).appendingPathComponent(Self.manifestName)
        guard let manifest = try? String(contentsOfFile: manifestPath, encoding: .utf8) else {
            throw FileError(path: path, message: "is not empty and is not a site metriclab wrote (it has no \(Self.manifestName)), so it is not replaced: choose a new or empty folder with -o")
        }
        let listed = Set(manifest.split(separator: "\n").map(String.init) + [Self.manifestName])
        if let foreign = present.first(where: { !listed.contains($0) }) {
            throw FileError(path: (path as NSString).appendingPathComponent(foreign), message: "is not a file of the site metriclab wrote, so the site is not replaced: move it away or choose another folder with -o")
        }
    }

    /// Writes `files` (contents by their place in the site) as the whole folder, in one rename;
    /// the previous site, if any, is removed only once the new one is in place.
    func replace(with files: [String: Data]) throws {
        let staged = AtomicFile.temporaryPath(besides: path)
        defer { try? FileManager.default.removeItem(atPath: staged) }
        do {
            for (place, data) in files {
                let file = (staged as NSString).appendingPathComponent(place)
                try POSIXFile.makeDirectories((file as NSString).deletingLastPathComponent)
                try POSIXFile.create(file, holding: data)
            }
            let manifest = files.keys.sorted().joined(separator: "\n") + "\n"
            try POSIXFile.create((staged as NSString).appendingPathComponent(Self.manifestName), holding: Data(manifest.utf8))
        } catch let error as FileError {
            throw FileError(path: path, message: "cannot write the site: \(error.message)")
        }
        guard POSIXFile.kind(of: path) != .missing else {
            return try rename(staged, to: path)
        }
        let previous = AtomicFile.temporaryPath(besides: path)
        try rename(path, to: previous)
        do {
            try rename(staged, to: path)
        } catch {
            try? rename(previous, to: path)
            throw error
        }
        try? FileManager.default.removeItem(atPath: previous)
    }

    /// Every file under `folder`, as paths relative to it; folders themselves are not listed.
    private static func files(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw FileError(path: folder, message: "the folder cannot be read")
        }
        var files: [String] = []
        while let entry = enumerator.nextObject() as? String {
            if POSIXFile.kind(of: (folder as NSString).appendingPathComponent(entry)) != .folder { files.append(entry) }
        }
        return files.sorted()
    }

    /// Renames `source` to `destination`, or throws naming the site.
    private func rename(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else {
            throw FileError(path: path, message: "cannot write the site: \(String(cString: strerror(errno)))")
        }
    }
}
