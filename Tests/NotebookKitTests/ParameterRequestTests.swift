import Foundation
import Testing
@testable import NotebookKit

/// `-P NAME=VALUE`: values checked against the defaults' types, injected line for line, and the
/// name of the file the result goes to.
@Suite struct ParameterRequestTests {
    let text = """
        # P

        ```swift
        //| parameters
        let seeds = 10 // how many
        let lr = 0.5
        let name = "moons"
        let verbose = false
        ```

        ```swift
        print(seeds)
        ```

        """

    func notebook(_ text: String) throws -> Notebook {
        try Notebook(text: text, name: "p", displayPath: "notebooks/p.md")
    }

    func injected(_ arguments: String..., overwrite: Bool = false) throws -> String {
        try ParameterRequest(arguments: arguments, overwrite: overwrite).injected(into: try notebook(text))
    }

    func failure(_ arguments: String..., in text: String? = nil) -> String? {
        do {
            _ = try ParameterRequest(arguments: arguments).injected(into: try notebook(text ?? self.text))
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func valuesReplaceTheDefaultsOnTheirOwnLinesAndSayWhatTheyReplaced() throws {
        let result = try injected("seeds=3", "lr=1e-3", "name=a \"b\"", "verbose=true")
        let lines = result.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[4] == "let seeds = 3 /* injected by -P; default: 10 */ // how many")
        #expect(lines[5] == "let lr = 0.001 /* injected by -P; default: 0.5 */")
        #expect(lines[6] == "let name = \"a \\\"b\\\"\" /* injected by -P; default: \"moons\" */")
        #expect(lines[7] == "let verbose = true /* injected by -P; default: false */")
        #expect(result.replacingOccurrences(of: "3 /* injected by -P; default: 10 */", with: "10")
                    .replacingOccurrences(of: "0.001 /* injected by -P; default: 0.5 */", with: "0.5")
                    .replacingOccurrences(of: "\"a \\\"b\\\"\" /* injected by -P; default: \"moons\" */", with: "\"moons\"")
                    .replacingOccurrences(of: "true /* injected by -P; default: false */", with: "false") == text)
        // The result is a notebook whose parameters cell reads the values it ran with.
        let again = try #require(try notebook(result).parameters)
        #expect(again.parameters.map(\.literal) == ["3", "0.001", "\"a \\\"b\\\"\"", "true"])
        // Injecting into a result keeps the notebook's own default in its note.
        let twice = try ParameterRequest(arguments: ["seeds=4"]).injected(into: try notebook(result))
        #expect(twice.contains("let seeds = 4 /* injected by -P; default: 10 */ // how many\n"))
    }

    @Test func overwritingMakesTheValuesTheDefaults() throws {
        let result = try injected("seeds=3", "lr=2", overwrite: true)
        #expect(result == text.replacingOccurrences(of: "let seeds = 10 //", with: "let seeds = 3 //")
                    .replacingOccurrences(of: "let lr = 0.5", with: "let lr = 2.0"))
    }

    @Test func anUnknownParameterNamesItAndTheParametersCell() {
        #expect(failure("seeds=3", "steps=500")
                == "notebooks/p.md:4:1: error: -P steps=500: the parameters cell here has no parameter `steps` (it declares seeds, lr, name, verbose)")
    }

    @Test func aValueOfTheWrongTypeNamesTheParameterAndItsLine() {
        #expect(failure("seeds=three") == "notebooks/p.md:5:1: error: -P seeds=three: parameter `seeds` is an integer (Int), as its default `10` is, and `three` is not")
        #expect(failure("seeds=2.5")?.hasPrefix("notebooks/p.md:5:1: error: -P seeds=2.5: parameter `seeds` is an integer") == true)
        #expect(failure("lr=fast") == "notebooks/p.md:6:1: error: -P lr=fast: parameter `lr` is a number (Double), as its default `0.5` is, and `fast` is not")
        #expect(failure("lr=nan")?.hasPrefix("notebooks/p.md:6:1: error: -P lr=nan:") == true)
        #expect(failure("verbose=1") == "notebooks/p.md:8:1: error: -P verbose=1: parameter `verbose` is true or false (Bool), as its default `false` is, and `1` is not")
    }

    @Test func aNotebookWithoutParametersSaysSo() {
        #expect(failure("seeds=3", in: "```swift\nlet seeds = 10\n```\n")
                == "notebooks/p.md:1:1: error: -P seeds=3: the notebook has no parameters cell (a swift cell marked `//| parameters` holding `let seeds = …`)")
    }

    @Test func argumentsAreNameEqualsValueEachNameOnce() throws {
        #expect(throws: ParameterError(message: "-P seeds: a parameter is given as NAME=VALUE (`-P seeds=3`)")) {
            try ParameterRequest(arguments: ["seeds"])
        }
        #expect(throws: ParameterError(message: "-P seeds is given twice (3 and 4)")) {
            try ParameterRequest(arguments: ["seeds=3", "steps=1", "seeds=4"])
        }
        #expect(try ParameterRequest(arguments: ["query=a=b"]).assignments == [try .init(argument: "query=a=b")])
        #expect(try ParameterRequest(arguments: ["query=a=b"]).assignments.first?.value == "a=b")
    }

    @Test func theResultIsNamedForItsParametersInAnyOrderAndSafeOnEveryFileSystem() throws {
        let paths = NotebookPaths(notebook: "/project/notebooks/07-flagship.md")
        let one = try ParameterRequest(arguments: ["steps=500", "seeds=3"]).resultPaths(for: paths)
        let other = try ParameterRequest(arguments: ["seeds=3", "steps=500"]).resultPaths(for: paths)
        #expect(one.notebook == "/project/notebooks/07-flagship@seeds=3,steps=500.md")
        #expect(other.notebook == one.notebook)
        #expect(one.figures == "/project/figures/07-flagship@seeds=3,steps=500")
        #expect(one.displayPath == "notebooks/07-flagship@seeds=3,steps=500.md")
        #expect(one.root == paths.root)
        let odd = try ParameterRequest(arguments: ["name=../a b:c*?\"<>|\\é"]).resultPaths(for: paths)
        #expect((odd.notebook as NSString).lastPathComponent == "07-flagship@name=..%2Fa%20b%3Ac%2A%3F%22%3C%3E%7C%5C%C3%A9.md")
        #expect((odd.notebook as NSString).deletingLastPathComponent == "/project/notebooks")
        let long = try ParameterRequest(arguments: ["name=" + String(repeating: "x", count: 400)]).resultPaths(for: paths)
        let longer = try ParameterRequest(arguments: ["name=" + String(repeating: "x", count: 401)]).resultPaths(for: paths)
        #expect((long.notebook as NSString).lastPathComponent.utf8.count == ParameterRequest.maximumLength + 3)
        #expect(long.notebook != longer.notebook)
        #expect(try ParameterRequest(arguments: ["seeds=3"], overwrite: true).resultPaths(for: paths).notebook == paths.notebook)
        #expect(ParameterRequest().resultPaths(for: paths).notebook == paths.notebook)
    }

    @Test func aResultBesideItsNotebookIsNoNotebookOfAFolderRun() throws {
        let files: Set = ["a.md", "a@seeds=3.md", "b@c.md", "x@y.md", "x@y@seeds=1.md"]
        #expect(ParameterRequest.isResult("a@seeds=3.md", among: files))
        #expect(ParameterRequest.isResult("x@y@seeds=1.md", among: files))
        #expect(!ParameterRequest.isResult("b@c.md", among: files))
        #expect(!ParameterRequest.isResult("a.md", among: files))
        #expect(!ParameterRequest.isResult("x@y.md", among: files))

        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("metriclab-params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in files { try Data().write(to: URL(fileURLWithPath: folder + "/" + file)) }
        #expect(try NotebookBatch.notebooks(in: [folder]).map { ($0 as NSString).lastPathComponent } == ["a.md", "b@c.md", "x@y.md"])
        #expect(try NotebookBatch.notebooks(in: [folder + "/a@seeds=3.md"]).count == 1)
    }
}
