import Testing
@testable import NotebookKit

/// Weaving outputs into notebooks: where sections go, what they hold, and that weaving again
/// changes nothing.
@Suite struct WeaverTests {
    func weave(_ text: String, _ outputs: [Int: CellOutput]) throws -> String {
        let notebook = try Notebook(text: text, name: "t", displayPath: "notebooks/t.md")
        return Weaver(notebook: notebook, figureLink: "../figures/t").weave(outputs)
    }

    let source = "# T\n\n```swift\nprint(1)\n```\n\nProse.\n\n```swift\nlet x = 2\n```\n"

    @Test func textFiguresAndTablesGoAfterTheirCell() throws {
        let woven = try weave(source, [
            1: CellOutput(segments: [.text("1\n"), .figure(file: "fig.png", caption: "A [test] figure"), .markdown("| a |\n| --- |\n| 1 |\n")]),
        ])
        #expect(woven == """
            # T

            ```swift
            print(1)
            ```

            <!-- metriclab:output -->
            ```text
            1
            ```

            ![A \\[test\\] figure](../figures/t/fig.png)

            *A \\[test\\] figure*

            | a |
            | --- |
            | 1 |

            <!-- metriclab:end -->

            Prose.

            ```swift
            let x = 2
            ```

            """)
    }

    @Test func weavingTwiceIsIdentical() throws {
        let outputs: [Int: CellOutput] = [1: CellOutput(segments: [.text("a\n")]), 2: CellOutput(segments: [.text("b\n")])]
        let once = try weave(source, outputs)
        let twice = try weave(once, outputs)
        #expect(once == twice)
        #expect(once != source)
    }

    @Test func newOutputReplacesTheOldAndNoOutputRemovesIt() throws {
        let first = try weave(source, [1: CellOutput(segments: [.text("old\n")])])
        let second = try weave(first, [1: CellOutput(segments: [.text("new\n")])])
        #expect(second.contains("new") && !second.contains("old"))
        let cleared = try weave(second, [:])
        #expect(cleared == source)
    }

    @Test func outputHoldingFencesGetsALongerFence() throws {
        let woven = try weave(source, [1: CellOutput(segments: [.text("```\n<!-- metriclab:end -->\n````\n")])])
        #expect(woven.contains("`````text\n```\n<!-- metriclab:end -->\n````\n`````\n"))
        let notebook = try Notebook(text: woven, name: "t", displayPath: "notebooks/t.md")
        #expect(notebook.cells.count == 2)
        #expect(try weave(woven, [1: CellOutput(segments: [.text("```\n<!-- metriclab:end -->\n````\n")])]) == woven)
    }

    @Test func outputFalseDropsTextButKeepsFigures() throws {
        let text = "```swift\n//| output: false\nprint(1)\n```\n"
        let woven = try weave(text, [1: CellOutput(segments: [.text("1\n"), .figure(file: "f.png", caption: "")])])
        #expect(!woven.contains("```text"))
        #expect(woven.contains("![](../figures/t/f.png)"))
    }

    @Test func carriageReturnsAndTrailingSpacesAreCleaned() {
        #expect(OutputText.clean("step 1\rstep 2  \r\ndone\n\n") == "step 2\ndone")
    }

    @Test func crlfNotebooksKeepTheirLineEndings() throws {
        let text = "```swift\r\nprint(1)\r\n```\r\n"
        let woven = try weave(text, [1: CellOutput(segments: [.text("1\n")])])
        #expect(woven == "```swift\r\nprint(1)\r\n```\r\n\r\n<!-- metriclab:output -->\r\n```text\r\n1\r\n```\r\n\r\n<!-- metriclab:end -->\r\n")
    }
}
