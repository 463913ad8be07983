import Testing
@testable import NotebookKit

/// Splitting a program's stdout into printed text and runtime records.
@Suite struct RecordStreamTests {
    @Test func recordsAndTextAreSeparatedAcrossChunkBoundaries() {
        var stream = RecordStream(token: "abc")
        let output = "hello\n\u{1E}metriclab:abc figure {\"caption\":\"c\",\"file\":\"f.png\"}\nno newline at the end"
        var events: [RecordStream.Event] = []
        for chunk in Array(output.utf8).chunked(by: 7) {
            events += stream.feed(chunk)
        }
        events += stream.finish()
        #expect(events == [
            .text("hello\n"),
            .record(kind: "figure", fields: ["caption": "c", "file": "f.png"]),
            .text("no newline at the end"),
        ])
    }

    @Test func aRecordWithAnotherTokenIsText() {
        var stream = RecordStream(token: "abc")
        let line = "\u{1E}metriclab:xyz begin {\"cell\":\"1\"}\n"
        #expect(stream.feed(Array(line.utf8)) == [.text(line)])
    }

    @Test func textBeforeARecordOnTheSameLineIsKept() {
        var stream = RecordStream(token: "t")
        #expect(stream.feed(Array("partial\u{1E}metriclab:t end {\"cell\":\"2\"}\n".utf8)) == [
            .text("partial"), .record(kind: "end", fields: ["cell": "2"]),
        ])
    }
}

extension Array {
    func chunked(by size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
