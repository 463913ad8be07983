import Foundation

/// Splits the notebook program's stdout into printed text and runtime records.
///
/// A record is a line that holds U+001E, `metriclab:`, the run's token, a space, a kind, a space
/// and a JSON object of strings (see MetricLab's `NotebookRecord`). Text is passed on line by
/// line, so a record is never split from the text around it.
struct RecordStream {
    /// What the stream found.
    enum Event: Equatable {
        case text(String)
        case record(kind: String, fields: [String: String])
    }

    /// The environment variable that hands the program its run's token.
    static let tokenVariable = "METRICLAB_RUN_TOKEN"
    /// The environment variable that names the folder `show` draws figures into.
    static let figureFolderVariable = "METRICLAB_FIGURES"

    private let marker: [UInt8]
    private var pending: [UInt8] = []

    init(token: String) {
        marker = Array("\u{1E}metriclab:\(token) ".utf8)
    }

    /// Takes bytes from the pipe and returns the complete lines' events.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        pending.append(contentsOf: bytes)
        guard let lastNewline = pending.lastIndex(of: .newline) else { return [] }
        let complete = pending[...lastNewline]
        let events = complete.split(separator: .newline, omittingEmptySubsequences: false).dropLast().flatMap { line in
            self.events(inLine: line, newline: true)
        }
        pending.removeFirst(lastNewline + 1)
        return events
    }

    /// The events of whatever is left when the pipe closes.
    mutating func finish() -> [Event] {
        defer { pending = [] }
        return pending.isEmpty ? [] : events(inLine: pending[...], newline: false)
    }

    private func events(inLine line: ArraySlice<UInt8>, newline: Bool) -> [Event] {
        guard let start = firstMarker(in: line) else {
            return [.text(String(decoding: line, as: UTF8.self) + (newline ? "\n" : ""))]
        }
        var events: [Event] = []
        if start > line.startIndex {
            events.append(.text(String(decoding: line[..<start], as: UTF8.self)))
        }
        let body = String(decoding: line[(start + marker.count)...], as: UTF8.self)
        let kind = body.prefix { $0 != " " }
        let json = body.dropFirst(kind.count).drop { $0 == " " }
        let fields = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
        events.append(.record(kind: String(kind), fields: fields))
        return events
    }

    private func firstMarker(in line: ArraySlice<UInt8>) -> Int? {
        var index = line.startIndex
        while let candidate = line[index...].firstIndex(of: marker[0]) {
            if line[candidate...].starts(with: marker) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
