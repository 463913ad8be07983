import Testing
@testable import NotebookKit

/// The live training line: on a terminal only, after a few seconds, never in a log.
@Suite struct TrainingProgressLineTests {
    final class Lines: @unchecked Sendable {
        var text = ""
    }

    @Test func aTerminalSeesStepsRateAndTimeLeftOnceTrainingHasRunAFewSeconds() {
        let lines = Lines()
        let printer = ProgressPrinter(showsBars: true, write: { lines.text += $0 }, writeError: { _ in })
        printer.report(.training(cell: 3, done: 400, planned: 10000, seconds: 1.9), notebook: "notebooks/a.md")
        #expect(lines.text.isEmpty)
        printer.report(.training(cell: 3, done: 2400, planned: 10000, seconds: 2), notebook: "notebooks/a.md")
        #expect(lines.text == "\rnotebooks/a.md: cell 3 · training 2400/10000 steps · 1200 steps/s · 7 s left\u{1B}[K")
        lines.text = ""
        printer.report(.training(cell: 3, done: 10000, planned: 10000, seconds: 130), notebook: "notebooks/a.md")
        #expect(lines.text == "\rnotebooks/a.md: cell 3 · training 10000/10000 steps · 77 steps/s · done in 2 min 10 s\u{1B}[K")
        lines.text = ""
        printer.report(.cellFinished(cell: 3, line: 12, seconds: 131), notebook: "notebooks/a.md")
        #expect(lines.text == "\r\u{1B}[Knotebooks/a.md: cell 3 (line 12) 131.00 s\n")
    }

    @Test func aLogGetsNoTrainingLines() {
        let lines = Lines()
        let printer = ProgressPrinter(showsBars: false, write: { lines.text += $0 }, writeError: { _ in })
        for done in stride(from: 0, through: 10000, by: 500) {
            printer.report(.training(cell: 1, done: done, planned: 10000, seconds: Double(done) / 100), notebook: "notebooks/a.md")
        }
        #expect(lines.text.isEmpty)
    }

    @Test func liveLinesNeedATerminalOneNotebookAndNoCI() {
        let terminal: (Int32) -> Bool = { $0 == 1 }
        #expect(ProgressPrinter.standard(jobs: 1, isTerminal: terminal, environment: [:]).showsBars)
        #expect(!ProgressPrinter.standard(jobs: 1, isTerminal: { _ in false }, environment: [:]).showsBars)
        #expect(!ProgressPrinter.standard(jobs: 2, isTerminal: terminal, environment: [:]).showsBars)
        #expect(!ProgressPrinter.standard(jobs: 1, isTerminal: terminal, environment: ["CI": "true"]).showsBars)
    }

    @Test func timeLeftReadsAtAGlance() {
        #expect(ProgressPrinter.duration(0.2, rounding: .up) == "1 s")
        #expect(ProgressPrinter.duration(0.2, rounding: .toNearestOrAwayFromZero) == "0 s")
        #expect(ProgressPrinter.duration(59, rounding: .up) == "59 s")
        #expect(ProgressPrinter.duration(61.2, rounding: .up) == "1 min 02 s")
        #expect(ProgressPrinter.training(done: 0, planned: 100, seconds: 3) == "training 0/100 steps · 0 steps/s")
    }
}
