import Foundation
import Testing
@testable import NotebookKit

/// Where a failing notebook program is reported, and how. They compile against the
/// release-built MetricLab, like `NotebookRunTests`.
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct ExecutionFailureTests {
    /// The 1-based line of the first line of `text` that contains `needle`.
    func line(of needle: String, in text: String) throws -> Int {
        try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }) + 1
    }

    @Test func anUncaughtErrorIsReportedAtTheLineOfItsTryWithItsMessage() throws {
        let workspace = try TestWorkspace()
        let text = """
            ```swift
            struct Oops: Error, CustomStringConvertible { var description: String { "no such pond" } }
            func fish(_ pond: Int) throws -> Int { if pond > 2 { throw Oops() }; return pond }
            ```

            ```swift
            print("before")
            do { _ = try fish(5) } catch { print("caught \\(error)") }
            let a = try fish(1)
            let b = a +
                (try fish(3))
            print(b)
            ```

            """
        let paths = try workspace.notebook("thrown", text)
        let error = try workspace.runner().failure(running: paths)
        #expect(error.line == (try line(of: "(try fish(3))", in: text)))
        #expect(error.column == 10)
        #expect(error.message == "cell 2 stopped: it threw an error that nothing caught: no such pond")
        #expect(error.details.contains("before\ncaught no such pond"))
        #expect(try workspace.text(paths) == text)
    }

    @Test func anErrorThrownInsideTheLibraryIsReportedAtTheCellsCall() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nlet seed = 3\nlet data = try Dataset(csv: \"no-such-file.csv\")\nprint(data)\n```\n"
        let paths = try workspace.notebook("library", text)
        let error = try workspace.runner().failure(running: paths)
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("cell 1 stopped: it threw an error that nothing caught: no-such-file.csv"))
        #expect(!error.message.contains("trapped"))
    }

    /// Forty megabytes written to standard error before a trap: the runner keeps a bounded head
    /// and tail of it, says how much it cut, and still finds the trap's message and line.
    @Test func aFloodOfStandardErrorIsCutAndTheTrapStillReported() throws {
        let workspace = try TestWorkspace()
        let text = """
            ```swift
            import Foundation
            let chunk = Data(repeating: UInt8(ascii: "e"), count: 1 << 20)
            FileHandle.standardError.write(Data("first words\\n".utf8))
            for _ in 0..<40 { FileHandle.standardError.write(chunk) }
            FileHandle.standardError.write(Data("\\n".utf8))
            fatalError("flooded")
            ```

            """
        let paths = try workspace.notebook("flood", text)
        let error = try workspace.runner().failure(running: paths)
        #expect(error.message == "cell 1 stopped: flooded")
        #expect(error.details.contains("first words") && error.details.contains("bytes of standard error not kept"))
        #expect(error.details.utf8.count < 2 << 20, "the error carries \(error.details.utf8.count) bytes")
        #expect(error.line == (try line(of: "fatalError", in: text)))
        #expect(try workspace.text(paths) == text)
    }

    @Test func aTrapIsReportedAtItsLineWithTheRuntimesMessage() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nlet xs = [1, 2, 3]\nlet i = xs.count\nprint(xs[i])\n```\n"
        let paths = try workspace.notebook("trap", text)
        let error = try workspace.runner().failure(running: paths)
        #expect(error.line == 4)
        #expect(error.message == "cell 1 stopped: Index out of range")
    }

    /// The library's checks keep their words in the optimized build notebooks link, where Swift's
    /// own precondition would say only "precondition failure".
    @Test(arguments: [
        ("let a = Tensor(rows: 3, cols: 1, scalars: [1, 2, 3])\nlet b = Tensor(rows: 4, cols: 1, scalars: [1, 2, 3, 4])\nprint(a + b)",
         4, "cell 1 stopped: +: shapes 3×1 and 4×1 do not broadcast"),
        ("let a = Tensor([[1, 2], [3, 4]])\nprint(a.matmul(Tensor([[1, 2, 3]])))",
         3, "cell 1 stopped: matmul: 2×2 times 1×3: the left's 2 columns must match the right's 1 rows"),
        ("var rng = RNG(seed: 1)\nlet plan = BatchPlan.classes(4, size: 8)\nprint(plan.indices(labels: [0, 0, 1, 1], using: &rng))",
         4, "cell 1 stopped: BatchPlan.classes: 4 classes asked, 2 present"),
        ("let x = Tensor([[0, 1], [1, 0], [2, 2], [3, 1]])\nprint(try ProxyAnchor()(x, labels: [0, 0, 1, 1]))",
         3, "cell 1 stopped: it threw an error that nothing caught: proxy-anchor: no proxies given (make them with makeParameters)"),
    ])
    func libraryChecksSayWhatWasWrongInTheReleaseBuild(code: String, line: Int, message: String) throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("check", "```swift\n\(code)\n```\n")
        let error = try workspace.runner().failure(running: paths)
        #expect(error.line == line)
        #expect(error.message == message)
    }

    @Test func aProgramThatExitsEarlyIsReportedAtTheCell() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nprint(1)\n```\n\n```swift\nprint(\"leaving\")\nexit(0)\n```\n\n```swift\nprint(3)\n```\n"
        let paths = try workspace.notebook("early", text)
        let error = try workspace.runner().failure(running: paths)
        #expect(error.line == 6)
        #expect(error.message == "cell 2 ended the program early (exit() in a cell?)")
        #expect(try workspace.text(paths) == text)
    }

    @Test func aNotebookPastItsTimeLimitIsStopped() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("long", "```swift\nprint(1)\n```\n\n```swift\nwhile true {}\n```\n")
        var runner = try workspace.runner()
        runner.execution.notebookTimeout = 1
        let error = try runner.failure(running: paths)
        #expect(error.line == 6)
        #expect(error.message == "the notebook passed its time limit of 1 s")
    }
}
