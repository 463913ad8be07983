import Foundation
import Testing
@testable import NotebookKit

/// A cell's `//| timeout:` must be a real limit.
@Suite struct CellTimeoutOptionTests {
    @Test(arguments: ["0", "0.0", "-5", "nan", "inf", "-inf", "soon"])
    func aTimeoutThatIsNoLimitIsRejectedAtItsLine(_ value: String) {
        let text = "Prose.\n\n```swift\n//| label: a\n//| timeout: \(value)\nprint(1)\n```\n"
        #expect {
            try Notebook(text: text, name: "t", displayPath: "notebooks/t.md")
        } throws: { error in
            let error = error as? NotebookError
            return error?.line == 5 && error?.file == "notebooks/t.md"
                && error?.message == "timeout must be a positive number of seconds, found `\(value)`"
        }
    }

    @Test func aPositiveTimeoutIsKept() throws {
        let notebook = try Notebook(text: "```swift\n//| timeout: 0.5\nprint(1)\n```\n", name: "t", displayPath: "notebooks/t.md")
        #expect(notebook.cells.first?.options.timeout == 0.5)
    }
}

/// `--cell-timeout` and `--notebook-timeout` must be real limits.
@Suite(.enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct RunnerTimeoutOptionTests {
    @Test(arguments: [("--cell-timeout", "0"), ("--cell-timeout", "nan"), ("--cell-timeout", "-1"), ("--cell-timeout", "inf"),
                      ("--notebook-timeout", "0"), ("--notebook-timeout", "nan"), ("--notebook-timeout", "-inf")])
    func aTimeLimitThatIsNoLimitIsRejected(_ option: String, _ value: String) throws {
        let workspace = try TestWorkspace()
        let text = "```swift\nprint(1)\n```\n"
        let paths = try workspace.notebook("one", text)
        let run = try Subprocess.run([TestWorkspace.executable!, "run", "\(option)=\(value)", "notebooks/one.md"], in: workspace.root)
        #expect(run.status != 0)
        #expect(run.output.contains("\(option) must be a positive number of seconds, found \(Double(value)!)"), "\(run.output)")
        #expect(try workspace.text(paths) == text)
    }
}
