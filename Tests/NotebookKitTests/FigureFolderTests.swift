import Foundation
import Testing
@testable import NotebookKit

/// What the runner owns in a figure folder, and figures that would be the same file.
@Suite struct FigureFolderTests {
    let workspace: TestWorkspace
    let paths: NotebookPaths

    init() throws {
        workspace = try TestWorkspace()
        paths = try workspace.notebook("n", "")
        try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
        for name in ["fig-a.png", "fig-a.gp", "cell-2.svg", "cell-2.gp", "handmade.png", "loose.png", "old.png", "old.gp", "notes.txt"] {
            try Data(name.utf8).write(to: URL(fileURLWithPath: paths.figures + "/" + name))
        }
    }

    func notebook(_ text: String) throws -> Notebook {
        try Notebook(text: text, name: "n", displayPath: "notebooks/n.md")
    }

    let woven = """
        Prose links ![mine](../figures/n/handmade.png).

        ```swift
        show(a)
        ```

        <!-- metriclab:output -->
        ![A \\](tricky) caption](../figures/n/fig-a.png)

        ![](../figures/n/loose.png)

        ![](../figures/n/../n/old.png)

        ![](../figures/other/cell-2.svg)

        <!-- metriclab:end -->

        ```swift
        show(b)
        ```

        <!-- metriclab:output -->
        ![](../figures/n/cell-2.svg)

        <!-- metriclab:end -->

        """

    @Test func theRunnerOwnsTheFiguresItsOutputSectionsLinkWithTheirScripts() throws {
        let owned = FigureFolder.owned(by: try notebook(woven), figureLink: paths.figureLink, record: nil, in: paths.figures)
        // handmade.png is linked from prose, loose.png has no script beside it, old.png is
        // reached through `..`, the last link is another notebook's folder.
        #expect(owned == ["fig-a.png", "fig-a.gp", "cell-2.svg", "cell-2.gp"])
    }

    @Test func theLastRunRecordAddsItsFiguresButOnlyPlainFigureNames() throws {
        let record = RunRecord(programKey: "k", outputs: [:], figures: ["old.png": "h", "old.gp": "h", "../../escape.png": "h", "notes.txt": "h"])
        let owned = FigureFolder.owned(by: try notebook(""), figureLink: paths.figureLink, record: record, in: paths.figures)
        #expect(owned == ["old.png", "old.gp"])
    }

    @Test func aRunRemovesOnlyOwnedFiguresItDidNotDrawAgain() throws {
        let scratch = workspace.root + "/scratch"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try Data("fig-a.png".utf8).write(to: URL(fileURLWithPath: scratch + "/fig-a.png"))
        try Data("new script".utf8).write(to: URL(fileURLWithPath: scratch + "/fig-a.gp"))
        let owned = FigureFolder.owned(by: try notebook(woven), figureLink: paths.figureLink, record: nil, in: paths.figures)
        let changes = try FigureFolder.changes(drawnIn: scratch, folder: paths.figures, reported: ["fig-a.png"], owned: owned, notebook: "notebooks/n.md")
        #expect(changes.writes == ["fig-a.gp": scratch + "/fig-a.gp"])
        #expect(changes.removals == ["cell-2.gp", "cell-2.svg"])
        #expect(changes.hashes.keys.sorted() == ["fig-a.gp", "fig-a.png"])
    }

    @Test func aReportedFigureThatWasNotDrawnFails() throws {
        #expect {
            _ = try FigureFolder.changes(drawnIn: nil, folder: paths.figures, reported: ["fig-z.png"], owned: [], notebook: "notebooks/n.md")
        } throws: { error in
            (error as? NotebookError)?.message == "figure file `fig-z.png` was reported but not drawn"
        }
    }

    let cells = """
        ```swift
        //| label: fig-a
        show(a); show(b)
        ```

        ```swift
        //| label: fig-a-2
        show(c)
        ```

        ```swift
        show(d, label: "x")
        show(e, label: "x", options: .svg)
        ```

        """

    func figures(_ names: [Int: [String]]) -> [Int: CellOutput] {
        names.mapValues { CellOutput(segments: $0.map { .figure(file: $0, caption: "") }) }
    }

    @Test func aLabelEqualToAnotherCellsAutomaticNameIsAnErrorAtTheLaterCell() throws {
        let notebook = try notebook(cells)
        #expect {
            try FigureFolder.checkDistinct(figures([1: ["fig-a.png", "fig-a-2.png"], 2: ["fig-a-2.png"]]), cells: notebook.cells, notebook: "notebooks/n.md")
        } throws: { error in
            "\(error)" == "notebooks/n.md:7:1: error: cell 2 draws figure `fig-a-2.png`, which cell 1 (line 2) drew already: give one of them another label"
        }
    }

    @Test func twoShowsOfOneCellUnderOneNameAreAnErrorEvenInTwoFormats() throws {
        let notebook = try notebook(cells)
        #expect {
            try FigureFolder.checkDistinct(figures([1: ["fig-a.png", "fig-a-2.png"], 3: ["x.png", "x.svg"]]), cells: notebook.cells, notebook: "notebooks/n.md")
        } throws: { error in
            "\(error)" == "notebooks/n.md:12:1: error: cell 3 draws figure `x.svg` (its script `x.gp` is also `x.png`'s), which an earlier `show` in this cell drew already: give one of them another label"
        }
        try FigureFolder.checkDistinct(figures([1: ["fig-a.png", "fig-a-2.png"], 2: ["fig-b.png"], 3: ["x.png", "y.svg"]]), cells: notebook.cells, notebook: "notebooks/n.md")
    }
}
