/// A position in one source line, tracking columns with CommonMark's tab stops of four.
///
/// Containers consume prefixes column by column, so a tab can be partly consumed (`>\tcode`):
/// the cursor then stays on the tab and remembers how many of its columns are left.
struct LineCursor {
    static let tabStop = 4

    /// The line's bytes, always ending in a newline as the spec's scanners expect.
    let bytes: [UInt8]
    var offset = 0
    var column = 0
    var partiallyConsumedTab = false
    private(set) var firstNonspace = 0
    private(set) var firstNonspaceColumn = 0

    init(_ line: some Sequence<UInt8>) {
        var bytes = Array(line)
        bytes.append(UInt8(ascii: "\n"))
        self.bytes = bytes
    }

    /// The byte at `index`, or 0 past the end.
    func peek(_ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// Columns between the cursor and the first non-space character.
    var indent: Int { firstNonspaceColumn - column }

    /// Whether nothing but spaces and tabs remain.
    var isBlank: Bool { Self.isLineEnd(peek(firstNonspace)) }

    mutating func findFirstNonspace() {
        var position = offset
        var positionColumn = column
        var charsToTab = Self.tabStop - column % Self.tabStop
        while true {
            let c = peek(position)
            if c == .space {
                position += 1
                positionColumn += 1
                charsToTab -= 1
                if charsToTab == 0 { charsToTab = Self.tabStop }
            } else if c == .tab {
                position += 1
                positionColumn += charsToTab
                charsToTab = Self.tabStop
            } else {
                break
            }
        }
        firstNonspace = position
        firstNonspaceColumn = positionColumn
    }

    /// Moves forward by `count` columns (consuming tabs partly) or by `count` bytes.
    mutating func advance(by count: Int, columns: Bool) {
        var count = count
        while count > 0 && peek(offset) != 0 {
            if peek(offset) == .tab {
                let charsToTab = Self.tabStop - column % Self.tabStop
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let step = min(count, charsToTab)
                    column += step
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// Moves to the first non-space character.
    mutating func advanceToFirstNonspace() {
        advance(by: firstNonspace - offset, columns: false)
    }

    /// The rest of the line as block content, a partly consumed tab given back as spaces.
    func remainder() -> [UInt8] {
        var start = offset
        var result: [UInt8] = []
        if partiallyConsumedTab {
            start += 1
            result.append(contentsOf: repeatElement(.space, count: Self.tabStop - column % Self.tabStop))
        }
        result.append(contentsOf: bytes[min(start, bytes.count)...])
        return result
    }

    static func isLineEnd(_ c: UInt8) -> Bool { c == .newline || c == .carriageReturn || c == 0 }
    static func isSpaceOrTab(_ c: UInt8) -> Bool { c == .space || c == .tab }
}

extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
