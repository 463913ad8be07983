import Testing
@testable import NotebookKit

/// Cells, their options and their output sections, read from notebook text.
@Suite struct NotebookParsingTests {
    func parse(_ text: String) throws -> Notebook {
        try Notebook(text: text, name: "t", displayPath: "notebooks/t.md")
    }

    @Test func onlyTopLevelSwiftBlocksAreCells() throws {
        let notebook = try parse("""
            # Title

            ```swift
            let a = 1
            ```

            ```text
            not a cell
            ```

            > ```swift
            > quoted, an example
            > ```

            ~~~ swift
            let b = 2
            ~~~
            """)
        #expect(notebook.cells.map(\.openingLine) == [2, 14])
        #expect(notebook.cells.map(\.number) == [1, 2])
        #expect(notebook.cells.map(\.firstCodeLineNumber) == [4, 16])
    }

    @Test func optionsAreRead() throws {
        let notebook = try parse("""
            ```swift
            //| label: fig-stuck
            //| fig-cap: "Pair losses leave the class \\"split\\"."
            //| echo: false
            //| output: false
            //| timeout: 60
            let a = 1
            //| label: not-an-option-any-more
            ```
            """)
        let options = try #require(notebook.cells.first?.options)
        #expect(options.label == "fig-stuck")
        #expect(options.figureCaption == "Pair losses leave the class \"split\".")
        #expect(options.echo == false)
        #expect(options.eval == true)
        #expect(options.output == false)
        #expect(options.timeout == 60)
    }

    @Test(arguments: ["../x", "a/b", ".hidden", "/etc/passwd", "x y", ""])
    func labelsCannotLeaveTheFigureFolder(_ label: String) {
        let text = "para\n\n```swift\n//| label: \"\(label)\"\nlet a = 1\n```\n"
        #expect {
            try parse(text)
        } throws: { error in
            let error = error as? NotebookError
            return error?.line == 4 && error?.file == "notebooks/t.md" && error?.message.contains("label") == true
        }
    }

    @Test func unknownOptionIsReportedAtItsLine() {
        #expect {
            try parse("```swift\n//| label: a\n//| colour: red\n```\n")
        } throws: { error in
            (error as? NotebookError)?.description.hasPrefix("notebooks/t.md:3:") == true
        }
    }

    @Test func duplicateLabelIsAnError() {
        #expect(throws: NotebookError.self) {
            try parse("```swift\n//| label: a\n```\n\n```swift\n//| label: a\n```\n")
        }
    }

    @Test func unclosedCellIsAnError() {
        #expect {
            try parse("text\n\n```swift\nlet a = 1\n")
        } throws: { error in
            (error as? NotebookError)?.line == 3
        }
    }

    @Test func outputSectionIsFoundAfterItsCell() throws {
        let content = ["````text", "```", "<!-- metriclab:end -->", "```", "````", ""]
        let notebook = try parse("```swift\nprint(\"hi\")\n```\n\n<!-- metriclab:output -->\n"
            + content.joined(separator: "\n") + "\n\(Notebook.endMarker(for: content))\nAfter.\n")
        #expect(notebook.cells.first?.outputSection == 3...11)
    }

    @Test func sectionWithoutEndMarkerIsAnError() {
        #expect(throws: NotebookError.self) {
            try parse("```swift\nlet a = 1\n```\n\n<!-- metriclab:output -->\ntext\n")
        }
    }

    /// A cell, then an output marker, the author's prose, and an end marker far below.
    static let strayMarker = """
        # T

        ```swift
        print(1)
        ```

        <!-- metriclab:output -->

        ## Results

        What I found, in my own words.

        | a table | too |
        | ------- | --- |

        END
        """

    @Test(arguments: ["<!-- metriclab:end -->", "<!-- metriclab:end 1a2b3c4d -->"])
    func anEndMarkerFarBelowTheOutputMarkerSwallowsNothing(_ end: String) {
        #expect {
            try parse(Self.strayMarker.replacingOccurrences(of: "END", with: end))
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            let checksummed = end.contains("1a2b")
            return error.file == "notebooks/t.md" && error.line == (checksummed ? 7 : 9)
                && error.message.contains("cell 1 (lines 7–16)") && error.message.contains("Nothing was changed")
                && error.message.contains(checksummed ? "edited by hand" : "without a checksum")
        }
    }

    @Test func aSectionEditedByHandIsRefused() throws {
        let content = ["```text", "1", "```", ""]
        let text = "```swift\nprint(1)\n```\n\n<!-- metriclab:output -->\n" + content.joined(separator: "\n") + "\n\(Notebook.endMarker(for: content))\n"
        #expect(try parse(text).cells[0].outputSection == 3...9)
        #expect {
            try parse(text.replacingOccurrences(of: "\n1\n", with: "\n2\n"))
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.line == 5 && error.message.contains("edited by hand") && error.message.contains("delete lines 5–10")
        }
    }

    @Test func anEndMarkerWithAMalformedChecksumIsRefusedAtItsLine() {
        #expect {
            try parse("```swift\nprint(1)\n```\n\n<!-- metriclab:output -->\n```text\n1\n```\n\n<!-- metriclab:end 1A2B -->\n")
        } throws: { error in
            (error as? NotebookError)?.line == 10 && (error as? NotebookError)?.message.contains("8-digit") == true
        }
    }

    @Test func aLegacySectionTheRunnerCouldHaveWrittenIsAccepted() throws {
        let text = """
            ```swift
            print(1)
            ```

            <!-- metriclab:output -->
            ````text
            1 ```
            ````

            ![A caption](../figures/t/cell-1.png)

            *A caption*

            | name | value |
            | ---- | ----: |
            | a    |  1.50 |

            <!-- metriclab:end -->
            After.
            """
        #expect(try parse(text).cells[0].outputSection == 3...17)
        let woven = Weaver(notebook: try parse(text), figureLink: "../figures/t").weave([1: CellOutput(segments: [.text("2\n")])])
        #expect(woven.hasPrefix("```swift\nprint(1)\n```\n\n<!-- metriclab:output -->\n```text\n2\n```\n\n<!-- metriclab:end "))
        #expect(woven.hasSuffix(" -->\nAfter."))
    }

    @Test(arguments: [("*A caption with no figure*", 6), ("- a list item", 6), ("<div>html</div>", 6), ("```swift-output\nx\n```", 6),
                      ("```text\n1\n```\n\nA sentence.", 10), ("![fig](f.png)\n\n> quoted", 8)])
    func aLegacySectionHoldingOtherTextIsRefusedAtThatLine(_ body: String, _ line: Int) {
        #expect {
            try parse("```swift\nprint(1)\n```\n\n<!-- metriclab:output -->\n" + body + "\n\n<!-- metriclab:end -->\n")
        } throws: { error in
            (error as? NotebookError)?.line == line && (error as? NotebookError)?.message.contains("without a checksum") == true
        }
    }

    @Test func aVerifiedSectionIsOpaque() throws {
        let content = ["```swift", "fatalError()", "```", "", "<!-- metriclab:output -->", ""]
        let text = "```swift\nprint(1)\n```\n\n<!-- metriclab:output -->\n" + content.joined(separator: "\n") + "\n\(Notebook.endMarker(for: content))\n\n```swift\nlet b = 2\n```\n"
        let notebook = try parse(text)
        #expect(notebook.cells.map(\.openingLine) == [0, 13])
        #expect(notebook.warnings.isEmpty)
    }

    @Test func nearMissesAreWarnedAtTheirLine() throws {
        let notebook = try parse("""
            # Near misses

            ```Swift
            print("capital S")
            ```

            ~~~ {.swift}
            print("pandoc style")
            ~~~

            - an item:

              ```swift
              print("in a list")
              ```

            > ```swift
            > print("quoted")
            > ```

                ```swift
                print("indented")
                ```

            ```swift
            print("a real cell")
            ```

            Prose.

            <!-- metriclab:output -->

            <!-- metriclab:end 1a2b3c4d -->

            ```text
            Swift is fine here
            ```
            """)
        #expect(notebook.cells.map(\.openingLine) == [24])
        #expect(notebook.warnings.map(\.line) == [3, 7, 13, 17, 21, 31, 33])
        #expect(notebook.warnings.map(\.column) == [1, 1, 3, 3, 5, 1, 1])
        let messages = notebook.warnings.map(\.message)
        #expect(messages[0].contains("marked `Swift` is not a cell") && messages[1].contains("marked `{.swift}`"))
        #expect(messages[2].contains("inside a list or block quote") && messages[3].contains("inside a list or block quote"))
        #expect(messages[4].contains("indented by four spaces"))
        #expect(messages[5].contains("does not follow a cell") && messages[6].contains("closes no output section"))
        #expect(notebook.warnings[0].description.hasPrefix("notebooks/t.md:3:1: warning: "))
    }

    @Test func aNotebookWithoutNearMissesHasNoWarnings() throws {
        #expect(try parse("# T\n\n```swift\nlet a = 1\n```\n\n```text\nswift\n```\n").warnings.isEmpty)
    }
}
