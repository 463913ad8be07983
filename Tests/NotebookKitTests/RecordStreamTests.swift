import Testing
@testable import NotebookKit

/// Splitting a program's stdout into printed text and runtime records.
@Suite struct RecordStreamTests {
    /// Feeds `output` in pieces of `size` bytes and returns the events, consecutive text joined
    /// (text may come in any pieces; only its order and content matter).
    func events(_ output: String, token: String = "abc", pieces size: Int) -> [RecordStream.Event] {
        var stream = RecordStream(token: token)
        var events: [RecordStream.Event] = []
        for chunk in Array(output.utf8).chunked(by: size) {
            events += stream.feed(chunk)
        }
        events += stream.finish()
        return events.reduce(into: []) { joined, event in
            if case .text(let text) = event, case .text(let previous) = joined.last {
                joined[joined.count - 1] = .text(previous + text)
            } else {
                joined.append(event)
            }
        }
    }

    @Test(arguments: [1, 2, 7, 1 << 16])
    func recordsAndTextAreSeparatedAcrossChunkBoundaries(_ size: Int) {
        let output = "hello\n\u{1E}metriclab:abc figure {\"caption\":\"c\",\"file\":\"f.png\"}\nno newline at the end"
        #expect(events(output, pieces: size) == [
            .text("hello\n"),
            .record(kind: "figure", fields: ["caption": "c", "file": "f.png"]),
            .text("no newline at the end"),
        ])
    }

    @Test func aRecordWithAnotherTokenIsText() {
        let line = "\u{1E}metriclab:xyz begin {\"cell\":\"1\"}\n"
        #expect(events(line, pieces: 5) == [.text(line)])
    }

    @Test func textBeforeARecordOnTheSameLineIsKept() {
        var stream = RecordStream(token: "t")
        #expect(stream.feed(Array("partial\u{1E}metriclab:t end {\"cell\":\"2\"}\n".utf8)) == [
            .text("partial"), .record(kind: "end", fields: ["cell": "2"]),
        ])
    }

    /// Text is passed on before its line ends, so a cell printing without newlines is not held
    /// in the stream; only a possible marker waits for more bytes.
    @Test func textIsPassedOnBeforeItsLineEnds() {
        var stream = RecordStream(token: "abc")
        #expect(stream.feed(Array("50%\r".utf8)) == [.text("50%\r")])
        #expect(stream.feed(Array("60%\u{1E}metri".utf8)) == [.text("60%")])
        #expect(stream.feed(Array("clab:abc end {}\nafter".utf8)) == [.record(kind: "end", fields: [:]), .text("after")])
        #expect(stream.feed(Array("\u{1E}not a record\n".utf8)) == [.text("\u{1E}not a record\n")])
    }

    @Test(arguments: [1, 2, 3])
    func aCharacterSplitAcrossReadsArrivesWhole(_ size: Int) {
        let text = "é → 😀 ü\n"
        #expect(events(text, pieces: size) == [.text(text)])
    }

    @Test func aRecordLongerThanManyReadsIsOneRecord() {
        let long = String(repeating: "| a | b |\\n", count: 20_000)
        let output = "before\n\u{1E}metriclab:abc markdown {\"text\":\"\(long)\"}\nafter\n"
        #expect(events(output, pieces: 4096) == [
            .text("before\n"),
            .record(kind: "markdown", fields: ["text": String(repeating: "| a | b |\n", count: 20_000)]),
            .text("after\n"),
        ])
    }

    @Test func anUnterminatedRecordAtTheEndIsStillARecord() {
        #expect(events("x\n\u{1E}metriclab:abc finish {}", pieces: 3) == [.text("x\n"), .record(kind: "finish", fields: [:])])
    }
}

extension Array {
    func chunked(by size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
