import Foundation
import Testing
@testable import NotebookKit

/// Figures in further formats: `fig-format` on a cell and for the whole notebook, the program
/// that passes them on, the line that links them, and the runner owning them and their scripts.
@Suite struct FigureFormatTests {
    func notebook(_ text: String) throws -> Notebook {
        try Notebook(text: text, name: "n", displayPath: "notebooks/n.md")
    }

    @Test func aCellListsItsFormats() throws {
        let parsed = try notebook("```swift\n//| label: fig-a\n//| fig-format: png, pdf\nshow(a)\n```\n\n```swift\n//| fig-format: svg\n```\n\n```swift\nlet b = 1\n```\n")
        #expect(parsed.cells.map(\.options.figureFormats) == [["png", "pdf"], ["svg"], nil])
        #expect(parsed.figureFormats == nil)
    }

    @Test(arguments: [
        ("//| fig-format: png, jpeg", "unknown figure format `jpeg` (known: png, svg, pdf)"),
        ("//| fig-format: pdf pdf", "figure format `pdf` is listed twice"),
        ("//| fig-format: ''", "`fig-format` lists image formats (png, svg, pdf), found nothing"),
    ])
    func aBadFormatIsRefusedAtItsLine(line: String, message: String) {
        #expect {
            try notebook("# N\n\n```swift\n\(line)\nshow(a)\n```\n")
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.line == 4 && error.message == message
        }
    }

    @Test func theNotebookWideDefaultGoesToEveryCellWithoutItsOwn() throws {
        let parsed = try notebook("# N\n\n<!-- metriclab:options fig-format: png, pdf -->\n\n```swift\nshow(a)\n```\n\n```swift\n//| fig-format: svg\nshow(b)\n```\n")
        #expect(parsed.figureFormats == ["png", "pdf"])
        #expect(parsed.cells.map(\.options.figureFormats) == [["png", "pdf"], ["svg"]])
    }

    @Test(arguments: [
        ("<!-- metriclab:options fig-format: png -->\n<!-- metriclab:options fig-format: pdf -->", 4, "notebook option `fig-format` is given twice (first at line 3)"),
        ("<!-- metriclab:options echo: false -->", 3, "`echo` is not a notebook-wide option (known: fig-format)"),
        ("<!-- metriclab:options fig-format: gif -->", 3, "unknown figure format `gif` (known: png, svg, pdf)"),
        ("<!-- metriclab:options fig-format: png\n-->", 3, "a notebook options line is one line: `<!-- metriclab:options fig-format: png, pdf -->`"),
    ])
    func aBadNotebookOptionIsRefusedAtItsLine(comment: String, line: Int, message: String) {
        #expect {
            try notebook("# N\n\n\(comment)\n\n```swift\nshow(a)\n```\n")
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.line == line && error.message == message
        }
    }

    @Test func aCommentInsideAnOutputSectionIsNotAnOption() throws {
        let inside = "<!-- metriclab:options fig-format: pdf -->"
        let text = "```swift\nshow(a)\n```\n\n<!-- metriclab:output -->\n\(inside)\n\(Notebook.endMarker(for: [inside]))\n"
        #expect(try notebook(text).figureFormats == nil)
    }

    @Test func theProgramPassesFormatsOnlyForCellsThatHaveThem() throws {
        let program = GeneratedProgram(notebook: try notebook("```swift\n//| fig-format: svg, pdf\nshow(a)\n```\n\n```swift\nshow(b)\n```\n"))
        #expect(program.source.contains("NotebookRuntime.beginCell(1, label: nil, caption: nil, figureFormats: [\"svg\", \"pdf\"])"))
        #expect(program.source.contains("NotebookRuntime.beginCell(2, label: nil, caption: nil)\n"))
        let plain = GeneratedProgram(notebook: try notebook("```swift\nshow(a)\n```\n"))
        #expect(program.identity != plain.identity)
    }

    let text = "```swift\n//| label: fig-a\n//| fig-format: png, pdf, svg\nshow(a)\n```\n"

    @Test func furtherFormatsAreLinkedUnderTheCaption() throws {
        let woven = Weaver(notebook: try notebook(text), figureLink: "../figures/n")
            .weave([1: CellOutput(segments: [.figure(file: "fig-a.png", caption: "A", also: ["fig-a.pdf", "fig-a.svg"])])])
        #expect(woven.contains("""
            ![A](../figures/n/fig-a.png)

            *A*

            Also as: [PDF](../figures/n/fig-a.pdf), [SVG](../figures/n/fig-a.svg)

            <!-- metriclab:end
            """))
        #expect(CellOutput(segments: [.figure(file: "fig-a.png", caption: "", also: ["fig-a.pdf"])]).imageFiles == ["fig-a.png", "fig-a.pdf"])
    }

    @Test func theRunnerOwnsFurtherFormatsWithTheirScripts() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("n", "")
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        for name in ["fig-a.png", "fig-a.gp", "fig-a.pdf", "fig-a.pdf.gp", "fig-a.svg"] {
            try Data(name.utf8).write(to: URL(fileURLWithPath: paths.figures + "/" + name))
        }
        let woven = Weaver(notebook: try notebook(text), figureLink: paths.figureLink)
            .weave([1: CellOutput(segments: [.figure(file: "fig-a.png", caption: "A", also: ["fig-a.pdf", "fig-a.svg"])])])
        let owned = FigureFolder.owned(by: try notebook(woven), figureLink: paths.figureLink, record: nil, in: paths.figures)
        // fig-a.svg has no fig-a.svg.gp beside it, so it is the user's.
        #expect(owned == ["fig-a.png", "fig-a.gp", "fig-a.pdf", "fig-a.pdf.gp"])
        #expect(FigureFolder.isFigureFile("fig-a.pdf") && FigureFolder.isFigureFile("fig-a.pdf.gp"))
    }
}
