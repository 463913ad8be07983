import Foundation

/// The path of a reference fixture in the project's `shared/fixtures/` folder, found by walking up
/// from the package root (`../shared` from the main checkout, further up from a worktree); else the
/// package's own copy in `Tests/Fixtures/`, if it has one.
public func sharedFixturePath(_ name: String, from file: String = #filePath) -> String? {
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    var copies: [String] = []
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("shared/fixtures/\(name)")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
        copies.append(folder.appendingPathComponent("Tests/Fixtures/\(name)").path)
        folder.deleteLastPathComponent()
    }
    return copies.first { FileManager.default.fileExists(atPath: $0) }
}
