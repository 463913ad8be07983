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

    /// The lines between the markers of the first section in `text`.
    func sectionContent(_ text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex(of: "<!-- metriclab:output -->")!
        let end = lines[start...].firstIndex { $0.hasPrefix("<!-- metriclab:end") }!
        return Array(lines[(start + 1)..<end])
    }

    @Test func textFiguresAndTablesGoAfterTheirCell() throws {
        let woven = try weave(source, [
            1: CellOutput(segments: [.text("1\n"), .figure(file: "fig.png", caption: "A [test] figure"), .markdown("| a |\n| --- |\n| 1 |\n")]),
        ])
        let content = ["```text", "1", "```", "", "![A \\[test\\] figure](../figures/t/fig.png)", "", "*A \\[test\\] figure*", "",
                       "| a |", "| --- |", "| 1 |", ""]
        #expect(woven == """
            # T

            ```swift
            print(1)
            ```

            <!-- metriclab:output -->
            \(content.joined(separator: "\n"))
            \(Notebook.endMarker(for: content))

            Prose.

            ```swift
            let x = 2
            ```

            """)
    }

    @Test func theEndMarkerCarriesAChecksumOfTheSection() throws {
        let woven = try weave(source, [1: CellOutput(segments: [.text("1\n")])])
        let content = sectionContent(woven)
        let checksum = Notebook.checksum(ofSection: content)
        #expect(checksum.count == 8 && checksum.allSatisfy(\.isHexDigit))
        #expect(woven.contains("<!-- metriclab:end \(checksum) -->\n"))
        #expect(Notebook.checksum(ofSection: content.map { $0 == "1" ? "2" : $0 }) != checksum)
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

    @Test func markdownHoldingTheRunnersMarkersNeverGrowsTheNotebook() throws {
        let hostile = "x\n\n<!-- metriclab:end -->\n\n<!--metriclab:output-->\n\ny <!-- metriclab:end 00000000 -->"
        let outputs = [1: CellOutput(segments: [.markdown(hostile)])]
        let once = try weave(source, outputs)
        #expect(once.contains("\n\\<!-- metriclab:end -->\n") && once.contains("\n\\<!--metriclab:output-->\n"))
        #expect(once.contains("y \\<!-- metriclab:end 00000000 -->"))
        let twice = try weave(once, outputs)
        #expect(twice == once)
        #expect(try weave(twice, [:]) == source)
    }

    @Test func markdownHoldingASwiftBlockDoesNotBecomeACell() throws {
        let outputs = [1: CellOutput(segments: [.markdown("Run this:\n\n```swift\nfatalError(\"boom\")\n```\n\n- ~~~ swift\n  x\n  ~~~")])]
        let woven = try weave(source, outputs)
        #expect(woven.contains("```swift-output\nfatalError(\"boom\")\n```"))
        #expect(woven.contains("- ~~~swift-output\n"))
        let notebook = try Notebook(text: woven, name: "t", displayPath: "notebooks/t.md")
        #expect(notebook.cells.count == 2)
        #expect(notebook.warnings.isEmpty)
        #expect(try weave(woven, outputs) == woven)
    }

    @Test(arguments: [
        "```\nnever closed", "~~~~ text\nnever closed\n~~~", "<!-- a comment never ended", "<script>\nalert(1)",
        "<pre>\nopen", "<?php never", "<!DOCTYPE never", "<![CDATA[ never", "  ```\n  indented and open",
        "- list\n\n  ```\n  open in an item", "> ```\n> open in a quote", "1. ```\n   code\n\n   more",
    ])
    func markdownLeftOpenCannotSwallowTheEndMarker(_ markdown: String) throws {
        let outputs = [1: CellOutput(segments: [.markdown(markdown), .text("after\n")])]
        let woven = try weave(source, outputs)
        let notebook = try Notebook(text: woven, name: "t", displayPath: "notebooks/t.md")
        #expect(notebook.cells.count == 2)
        let section = try #require(notebook.cells[0].outputSection)
        #expect(notebook.lines[section.upperBound].text.hasPrefix("<!-- metriclab:end "))
        #expect(woven.contains("```text\nafter\n```"))
        #expect(woven.hasSuffix("\(Notebook.endMarker(for: sectionContent(woven)))\n\nProse.\n\n```swift\nlet x = 2\n```\n"))
        let blocks = BlockParser.leafBlocks(in: woven)
        #expect(blocks.contains { $0.fence?.info == "text" && $0.literal == "after\n" && $0.isTopLevel })
        #expect(try weave(woven, outputs) == woven)
    }

    @Test func consecutiveMarkdownIsOnePiece() throws {
        let woven = try weave(source, [1: CellOutput(segments: [.markdown("- item"), .markdown("  ```\n  open")])])
        #expect(try Notebook(text: woven, name: "t", displayPath: "notebooks/t.md").cells.count == 2)
        #expect(woven.contains("- item\n\n  ```\n  open\n\n<!-- metriclab:end "))
    }

    @Test func captionsAndFileNamesStayOnTheirLine() throws {
        let woven = try weave(source, [1: CellOutput(segments: [.figure(file: "a b)\n<x>.png", caption: "one\rtwo\nthree\u{2028}four")])])
        #expect(woven.contains("![one two three four](../figures/t/a%20b%29%0A%3Cx%3E.png)\n\n*one two three four*\n"))
        #expect(try weave(woven, [:]) == source)
    }

    @Test func outputFalseDropsTextButKeepsFigures() throws {
        let text = "```swift\n//| output: false\nprint(1)\n```\n"
        let woven = try weave(text, [1: CellOutput(segments: [.text("1\n"), .figure(file: "f.png", caption: "")])])
        #expect(!woven.contains("```text"))
        #expect(woven.contains("![](../figures/t/f.png)"))
    }

    @Test func outputOfOnlyBlankLinesWritesNoSection() throws {
        #expect(try weave(source, [1: CellOutput(segments: [.text("\n  \n"), .markdown("\n")])]) == source)
    }

    @Test func carriageReturnsAndTrailingSpacesAreCleaned() {
        #expect(OutputText.clean("step 1\rstep 2  \r\ndone\n\n") == "step 2\ndone")
    }

    @Test func crlfNotebooksKeepTheirLineEndings() throws {
        let text = "```swift\r\nprint(1)\r\n```\r\n"
        let woven = try weave(text, [1: CellOutput(segments: [.text("1\n"), .markdown("| a |\n| - |")])])
        let content = ["```text", "1", "```", "", "| a |", "| - |", ""]
        #expect(woven == "```swift\r\nprint(1)\r\n```\r\n\r\n<!-- metriclab:output -->\r\n" + content.joined(separator: "\r\n") + "\r\n\(Notebook.endMarker(for: content))\r\n")
        #expect(try weave(woven, [1: CellOutput(segments: [.text("1\n"), .markdown("| a |\n| - |")])]) == woven)
    }
}
