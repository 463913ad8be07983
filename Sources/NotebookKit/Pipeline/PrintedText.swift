/// One cell's printed text as it arrives: woven into the cell's output up to the limit, then
/// only counted, its whole text handed back to be kept in a file.
struct PrintedText {
    /// How much is woven.
    let limit: OutputLimit
    private var shownBytes = 0
    private var shownLines = 0
    /// The text segment the note about the cut goes after, once the limit is reached.
    private var noteSegment: Int?
    private var hiddenBytes = 0
    private var hiddenNewlines = 0
    private var hiddenEndsLine = true

    /// A cell's text, nothing printed yet.
    init(limit: OutputLimit) {
        self.limit = limit
    }

    /// Whether text was cut.
    var isCut: Bool { hiddenBytes > 0 }

    /// Adds `text` to `output` as far as the limit allows. Once something is cut, returns what
    /// belongs in the cell's full copy: the first time, everything the cell printed so far.
    mutating func add(_ text: String, to output: inout CellOutput) -> String? {
        var hidden = Substring(text)
        if noteSegment == nil {
            let bytes = Array(text.utf8)
            let (shown, reached) = shownPrefix(of: bytes)
            output.append(text: String(decoding: bytes[..<shown], as: UTF8.self))
            guard reached else { return nil }
            if case .text = output.segments.last {} else { output.segments.append(.text("")) }
            noteSegment = output.segments.count - 1
            hidden = Substring(String(decoding: bytes[shown...], as: UTF8.self))
        }
        guard !hidden.isEmpty else { return nil }
        let wasCut = isCut
        hiddenBytes += hidden.utf8.count
        hiddenNewlines += hidden.utf8.count(where: { $0 == UInt8(ascii: "\n") })
        hiddenEndsLine = hidden.utf8.last == UInt8(ascii: "\n")
        return wasCut ? String(hidden) : output.text + String(hidden)
    }

    /// Writes the note about the cut text into `output`, naming `file` where the whole text is.
    func finish(_ output: inout CellOutput, file: String?) {
        guard isCut, let noteSegment, case .text(let shown) = output.segments[noteSegment] else { return }
        let lines = hiddenNewlines + (hiddenEndsLine ? 0 : 1)
        let place = file.map { " (full output: \($0))" } ?? ""
        let note = "… \(lines) more \(lines == 1 ? "line" : "lines") (\(Self.size(hiddenBytes))) not shown\(place)\n"
        output.segments[noteSegment] = .text(shown + (shown.isEmpty || shown.hasSuffix("\n") ? "" : "\n") + note)
    }

    /// How many of `bytes` are shown, and whether the limit is reached there. A cut falls after
    /// a line's newline where it can; only a first line longer than the limit is cut inside.
    private mutating func shownPrefix(of bytes: [UInt8]) -> (count: Int, reached: Bool) {
        let budget = limit.bytes - shownBytes
        var lineEnd: Int?
        for (index, byte) in bytes.enumerated() {
            if index == budget {
                let cut = lineEnd ?? (shownBytes == 0 ? RecordStream.characterBoundary(in: bytes[..<index]) : 0)
                shownBytes += cut
                return (cut, true)
            }
            guard byte == UInt8(ascii: "\n") else { continue }
            lineEnd = index + 1
            shownLines += 1
            if shownLines == limit.lines {
                shownBytes += index + 1
                return (index + 1, true)
            }
        }
        if bytes.count == budget {
            shownBytes += bytes.count
            return (bytes.count, true)
        }
        shownBytes += bytes.count
        return (bytes.count, false)
    }

    /// A byte count as people read it: bytes, kB, MB or GB (powers of 1000).
    static func size(_ bytes: Int) -> String {
        switch bytes {
        case 1: "1 byte"
        case ..<1_000: "\(bytes) bytes"
        case ..<1_000_000: oneDecimal(Double(bytes) / 1e3) + " kB"
        case ..<1_000_000_000: oneDecimal(Double(bytes) / 1e6) + " MB"
        default: oneDecimal(Double(bytes) / 1e9) + " GB"
        }
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
