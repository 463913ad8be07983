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
        let notebook = try parse("""
            ```swift
            print("hi")
            ```

            <!-- metriclab:output -->
            ````text
            ```
            <!-- metriclab:end -->
            ```
            ````

            <!-- metriclab:end -->
            After.
            """)
        #expect(notebook.cells.first?.outputSection == 3...11)
    }

    @Test func sectionWithoutEndMarkerIsAnError() {
        #expect(throws: NotebookError.self) {
            try parse("```swift\nlet a = 1\n```\n\n<!-- metriclab:output -->\ntext\n")
        }
    }
}
