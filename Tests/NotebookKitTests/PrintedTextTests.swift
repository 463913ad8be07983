import Testing
@testable import NotebookKit

/// How a cell's printed text is cut at the output limit.
@Suite struct PrintedTextTests {
    /// Adds `pieces` under `limit` and returns the output and the full copy handed back.
    func collect(_ pieces: [String], limit: OutputLimit, file: String? = "f.txt") -> (output: CellOutput, full: String) {
        var printed = PrintedText(limit: limit)
        var output = CellOutput()
        var full = ""
        for piece in pieces {
            if let kept = printed.add(piece, to: &output) { full += kept }
        }
        printed.finish(&output, file: file)
        return (output, full)
    }

    @Test func textWithinTheLimitIsWovenWholeAndNotCopied() {
        let pieces = ["a\n", "b", "c\n"]
        let (output, full) = collect(pieces, limit: OutputLimit(bytes: 5, lines: 2))
        #expect(output == CellOutput(segments: [.text("a\nbc\n")]))
        #expect(full.isEmpty)
    }

    @Test func theLineLimitCutsAfterALineAndTheNoteCountsTheRest() {
        let pieces = ["one\ntwo\nthr", "ee\nfour\n", "five"]
        let (output, full) = collect(pieces, limit: OutputLimit(bytes: 1000, lines: 2))
        #expect(output.text == "one\ntwo\n… 3 more lines (15 bytes) not shown (full output: f.txt)\n")
        #expect(full == pieces.joined())
    }

    @Test func theByteLimitCutsAtTheLastWholeLine() {
        let pieces = ["12345\n", "678\n9abc\n"]
        let (output, full) = collect(pieces, limit: OutputLimit(bytes: 12, lines: 100))
        #expect(output.text == "12345\n678\n… 1 more line (5 bytes) not shown (full output: f.txt)\n")
        #expect(full == pieces.joined())
    }

    @Test func aFirstLineLongerThanTheLimitIsCutBetweenCharacters() {
        let text = "ééééé\n"
        let (output, full) = collect([text], limit: OutputLimit(bytes: 5, lines: 100), file: nil)
        #expect(output.text == "éé\n… 1 more line (7 bytes) not shown\n")
        #expect(full == text)
    }

    @Test func theNoteStandsWhereTheCutIsAndFiguresAfterItStay() {
        var printed = PrintedText(limit: OutputLimit(bytes: 100, lines: 1))
        var output = CellOutput()
        var full = ""
        full += printed.add("kept\nhidden\n", to: &output) ?? ""
        output.segments.append(.figure(file: "a.png", caption: ""))
        full += printed.add("more\n", to: &output) ?? ""
        printed.finish(&output, file: "f.txt")
        #expect(output.segments == [.text("kept\n… 2 more lines (12 bytes) not shown (full output: f.txt)\n"), .figure(file: "a.png", caption: "")])
        #expect(full == "kept\nhidden\nmore\n")
    }

    @Test func reachingTheLimitExactlyCutsNothing() {
        let (output, full) = collect(["a\nb\n"], limit: OutputLimit(bytes: 4, lines: 2))
        #expect(output.text == "a\nb\n")
        #expect(full.isEmpty)
    }

    @Test(arguments: [(999, "999 bytes"), (1_000, "1.0 kB"), (48_249_999, "48.2 MB"), (2_500_000_000, "2.5 GB")])
    func sizesReadAsPeopleReadThem(_ bytes: Int, _ shown: String) {
        #expect(PrintedText.size(bytes) == shown)
    }

    @Test func appendingManyPiecesJoinsThemInOrder() {
        var output = CellOutput()
        for number in 0..<10_000 { output.append(text: "\(number)\n") }
        #expect(output.segments.count == 1)
        #expect(output.text == (0..<10_000).map { "\($0)\n" }.joined())
    }
}
