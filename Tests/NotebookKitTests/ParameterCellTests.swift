import Testing
@testable import NotebookKit

/// The `//| parameters` cell: which lines it may hold, and the errors at the notebook's lines.
@Suite struct ParameterCellTests {
    func notebook(_ text: String) throws -> Notebook {
        try Notebook(text: text, name: "p", displayPath: "notebooks/p.md")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try notebook(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func readsEachDefaultWithItsTypeAndLine() throws {
        let cell = try #require(try notebook("""
            # P

            ```swift
            //| parameters
            let seeds = 10 // how many
            let steps: Int = 1_000

            let lr: Double = 1
            let rate = -2.5e-3
            let name = "moons \\"two\\""
            let verbose = false
            ```

            """).parameters)
        #expect(cell.cell == 1)
        #expect(cell.line == 4)
        #expect(cell.parameters.map(\.name) == ["seeds", "steps", "lr", "rate", "name", "verbose"])
        #expect(cell.parameters.map(\.kind) == [.integer, .integer, .decimal, .decimal, .string, .boolean])
        #expect(cell.parameters.map(\.line) == [5, 6, 8, 9, 10, 11])
        #expect(cell.parameters.map(\.literal) == ["10", "1_000", "1", "-2.5e-3", "\"moons \\\"two\\\"\"", "false"])
    }

    @Test func aNotebookWithoutOneHasNone() throws {
        #expect(try notebook("```swift\nlet seeds = 10\n```\n").parameters == nil)
    }

    @Test func anythingButADefaultIsRefusedAtItsLine() {
        for line in ["var seeds = 10", "let seeds = 2 * 5", "let seeds = f()", "print(1)", "let name = \"a\\(b)\"",
                     "let seeds: Double = true", "let seeds: Int = 1.5", "let a = 1, b = 2"] {
            #expect(error("```swift\n//| parameters\nlet ok = 1\n\(line)\n```\n")
                    == "notebooks/p.md:4:1: error: a parameters cell holds only `let NAME = literal` lines (an integer, decimal, string or Boolean literal), found `\(line)`",
                    "\(line)")
        }
    }

    @Test func aSecondParametersCellIsRefusedNamingTheFirst() {
        #expect(error("```swift\n//| parameters\nlet a = 1\n```\n\n```swift\n//| parameters\nlet b = 2\n```\n")
                == "notebooks/p.md:7:1: error: a second parameters cell: the notebook's parameters are in the cell at line 2")
    }

    @Test func aParameterDeclaredTwiceIsRefused() {
        #expect(error("```swift\n//| parameters\nlet a = 1\nlet a = 2\n```\n")
                == "notebooks/p.md:4:1: error: parameter `a` is already declared at line 3")
    }

    @Test func aParametersCellThatDoesNotRunIsRefused() {
        #expect(error("```swift\n//| parameters\n//| eval: false\nlet a = 1\n```\n")
                == "notebooks/p.md:2:1: error: the parameters cell is marked `eval: false`, so its defaults would never be set")
    }

    @Test func theFlagTakesNoValueAndComesOnce() {
        #expect(error("```swift\n//| parameters\n//| parameters\nlet a = 1\n```\n")
                == "notebooks/p.md:3:5: error: cell option `parameters` is given twice")
        #expect(error("```swift\n//| parameterz\nlet a = 1\n```\n")?.contains("a cell option reads `//| key: value`") == true)
    }
}
