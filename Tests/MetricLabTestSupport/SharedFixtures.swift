import Foundation

/// The path of a reference fixture in the project's `shared/fixtures/` folder, found by walking up
/// from the package root (`../shared` from the main checkout, further up from a worktree).
public func sharedFixturePath(_ name: String, from file: String = #filePath) -> String? {
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("shared/fixtures/\(name)")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
        folder.deleteLastPathComponent()
    }
    return nil
}
