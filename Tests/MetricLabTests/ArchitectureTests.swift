import Foundation
import Testing

/// The layering of `docs/ARCHITECTURE.md`, checked on the sources: the document's numbered list of
/// `MetricLab` folders is the order, and a file may use only types defined in its own folder or in
/// folders above it.
@Suite struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = root.appendingPathComponent("Sources/MetricLab")

    /// The folders in the order the document lists them (its lines "N. `Folder/` — …").
    static func documentedLayers() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        let layers = text.split(separator: "\n").compactMap { line -> String? in
            guard let match = line.firstMatch(of: /^\d+\. `(\w+)\/`/) else { return nil }
            return String(match.1)
        }
        return layers
    }

    /// Every Swift file of the library with its folder.
    static func sourceFiles() throws -> [(folder: String, path: String, text: String)] {
        let folders = try FileManager.default.contentsOfDirectory(atPath: library.path).sorted()
        return try folders.flatMap { folder -> [(folder: String, path: String, text: String)] in
            let directory = library.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return try files.filter { $0.hasSuffix(".swift") }.sorted().map { name in
                let path = directory.appendingPathComponent(name).path
                return (folder, "\(folder)/\(name)", try String(contentsOfFile: path, encoding: .utf8))
            }
        }
    }

    /// The text without comments and string literals, where type names in prose would look like uses.
    static func code(_ text: String) -> String {
        text.replacing(/\/\/[^\n]*/, with: "").replacing(/"""[\s\S]*?"""/, with: "\"\"").replacing(/"(?:[^"\\\n]|\\.)*"/, with: "\"\"")
    }

    @Test func everyFolderIsALayerOfTheDocument() throws {
        let layers = try Self.documentedLayers()
        #expect(layers.count >= 10, "the document lists \(layers.count) layers")
        let folders = Set(try Self.sourceFiles().map(\.folder))
        #expect(folders == Set(layers), "folders not in the document: \(folders.subtracting(layers).sorted()); documented but absent: \(Set(layers).subtracting(folders).sorted())")
    }

    @Test func filesUseOnlyTheirLayerAndTheOnesAbove() throws {
        let layers = try Self.documentedLayers()
        let files = try Self.sourceFiles()
        // Top-level type declarations (nested types are indented) and the layer that defines them.
        var definedIn: [String: String] = [:]
        for file in files {
            for match in Self.code(file.text).matches(of: /(?m)^(?:public |internal |private |fileprivate |final |indirect )*(?:struct|enum|class|protocol|typealias|actor) ([A-Z]\w*)/) {
                definedIn[String(match.1)] = file.folder
            }
        }
        #expect(definedIn.count > 100, "found only \(definedIn.count) type declarations")
        var violations: [String] = []
        for file in files {
            guard let own = layers.firstIndex(of: file.folder) else { continue }
            let used = Set(Self.code(file.text).matches(of: /\b[A-Z]\w*\b/).map { String($0.0) })
            for name in used.sorted() {
                guard let folder = definedIn[name], let layer = layers.firstIndex(of: folder), layer > own else { continue }
                violations.append("\(file.path) uses \(name) from \(folder)/")
            }
        }
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    /// The check itself: a use from below is caught, a use in a comment is not.
    @Test func theCheckSeesUsesInCodeOnly() {
        #expect(Self.code("let x = Run() // Loss\n/// Triplet\nlet s = \"Mined\"").matches(of: /\b[A-Z]\w*\b/).map { String($0.0) } == ["Run"])
    }
}
