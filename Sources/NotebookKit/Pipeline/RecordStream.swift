import Foundation

/// Splits the notebook program's stdout into printed text and runtime records.
///
/// A record is a line that holds U+001E, `metriclab:`, the run's token, a space, a kind, a space
/// and a JSON object of strings (see MetricLab's `NotebookRecord`). Text is passed on as soon as
/// it cannot be part of a record, in pieces as large as the pipe delivers, so that any amount of
/// output is split in time linear in its size; only bytes from a possible marker to the end of
/// its line, or an unfinished UTF-8 character, wait for the next read.
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
    /// How far past a held record's marker the search for its newline has already looked, so a
    /// long record arriving in many reads is scanned once.
    private var recordScanned = 0

    init(token: String) {
        marker = Array("\u{1E}metriclab:\(token) ".utf8)
    }

    /// Takes bytes from the pipe and returns the events they complete.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        pending.append(contentsOf: bytes)
        var events: [Event] = []
        var textStart = 0
        var held = pending.count
        var index = 0
        while let candidate = pending[index...].firstIndex(of: marker[0]) {
            let available = min(marker.count, pending.count - candidate)
            guard pending[candidate..<candidate + available].elementsEqual(marker.prefix(available)) else {
                index = candidate + 1
                continue
            }
            guard available == marker.count,
                  let newline = pending[max(candidate + marker.count, recordScanned)...].firstIndex(of: .newline) else {
                held = candidate
                recordScanned = pending.count
                break
            }
            appendText(pending[textStart..<candidate], to: &events)
            events.append(record(pending[(candidate + marker.count)..<newline]))
            textStart = newline + 1
            index = textStart
            recordScanned = 0
        }
        if held == pending.count {
            held = Self.characterBoundary(in: pending[textStart...])
            recordScanned = 0
        } else {
            recordScanned -= held
        }
        appendText(pending[textStart..<held], to: &events)
        pending.removeFirst(held)
        return events
    }

    /// The events of whatever is left when the pipe closes: an unterminated record, or text.
    mutating func finish() -> [Event] {
        defer {
            pending = []
            recordScanned = 0
        }
        if pending.starts(with: marker) {
            return [record(pending[marker.count...])]
        }
        return pending.isEmpty ? [] : [.text(String(decoding: pending, as: UTF8.self))]
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, to events: inout [Event]) {
        guard !bytes.isEmpty else { return }
        events.append(.text(String(decoding: bytes, as: UTF8.self)))
    }

    private func record(_ body: ArraySlice<UInt8>) -> Event {
        let text = String(decoding: body, as: UTF8.self)
        let kind = text.prefix { $0 != " " }
        let json = text.dropFirst(kind.count).drop { $0 == " " }
        let fields = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
        return .record(kind: String(kind), fields: fields)
    }

    /// The end of `bytes` without a UTF-8 character cut short at its end: decoding a piece that
    /// ends mid-character would turn that character into replacement characters.
    static func characterBoundary(in bytes: ArraySlice<UInt8>) -> Int {
        guard let lead = bytes.suffix(4).lastIndex(where: { $0 & 0xC0 != 0x80 }) else { return bytes.endIndex }
        let length = switch bytes[lead] {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
        return lead + length > bytes.endIndex ? lead : bytes.endIndex
    }
}
