import Testing
@testable import NotebookKit

/// The progress lines a user sees.
@Suite struct ProgressPrinterTests {
    final class Lines: @unchecked Sendable {
        var text = ""
    }

    @Test func plainProgressLinesMarkEachQuarterOnce() {
        let lines = Lines()
        let printer = ProgressPrinter(showsBars: false, write: { lines.text += $0 }, writeError: { _ in })
        for percent in [3, 24, 26, 27, 49, 51, 99, 100] {
            printer.report(.progress(cell: 2, label: "training", percent: percent), notebook: "notebooks/a.md")
        }
        printer.report(.finished(seconds: 1.5, cells: 1, figures: 2, notebookChanged: false), notebook: "notebooks/a.md")
        #expect(lines.text == """
            notebooks/a.md: cell 2 · training 25%
            notebooks/a.md: cell 2 · training 50%
            notebooks/a.md: cell 2 · training 75%
            notebooks/a.md: cell 2 · training 100%
            notebooks/a.md: done in 1.50 s (1 cell, 2 figures, notebook unchanged)

            """)
    }

    @Test func warningsGoToStandardErrorAsCompilersWriteThem() {
        let out = Lines(), errors = Lines()
        let printer = ProgressPrinter(showsBars: false, write: { out.text += $0 }, writeError: { errors.text += $0 })
        printer.report(.warning(NotebookWarning(file: "notebooks/a.md", line: 3, message: "a code block marked `Swift` is not a cell")), notebook: "notebooks/a.md")
        #expect(errors.text == "notebooks/a.md:3:1: warning: a code block marked `Swift` is not a cell\n")
        #expect(out.text.isEmpty)
    }
}
