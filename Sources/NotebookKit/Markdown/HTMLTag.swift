/// The spec's "complete open or closing tag" test, used by HTML blocks of type 7.
enum HTMLTag {
    /// Whether `text` (what follows the `<`) is one complete tag followed only by spaces.
    static func isCompleteTagLine(_ text: String) -> Bool {
        var scanner = Scanner(Array(text.utf8))
        let isClosing = scanner.take("/")
        guard scanner.tagName() else { return false }
        if !isClosing {
            while scanner.attribute() {}
        }
        scanner.skipWhitespace()
        if !isClosing { _ = scanner.take("/") }
        guard scanner.take(">") else { return false }
        scanner.skipWhitespace()
        return scanner.atLineEnd
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8 { i < bytes.count ? bytes[i] : 0 }
        var atLineEnd: Bool { LineCursor.isLineEnd(current) }

        mutating func take(_ c: Unicode.Scalar) -> Bool {
            guard current == UInt8(ascii: c) else { return false }
            i += 1
            return true
        }

        mutating func skipWhitespace() {
            while LineCursor.isSpaceOrTab(current) { i += 1 }
        }

        mutating func tagName() -> Bool {
            guard isLetter(current) else { return false }
            while isLetter(current) || isDigit(current) || current == UInt8(ascii: "-") { i += 1 }
            return true
        }

        /// One attribute with its leading whitespace; restores the position when there is none.
        mutating func attribute() -> Bool {
            let start = i
            guard LineCursor.isSpaceOrTab(current) else { return false }
            skipWhitespace()
            guard isLetter(current) || current == UInt8(ascii: "_") || current == UInt8(ascii: ":") else {
                i = start
                return false
            }
            while isLetter(current) || isDigit(current) || "_.:-".utf8.contains(current) { i += 1 }
            let beforeValue = i
            skipWhitespace()
            guard take("=") else {
                i = beforeValue
                return true
            }
            skipWhitespace()
            if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                let quote = current
                i += 1
                while current != quote {
                    if i >= bytes.count { return false }
                    i += 1
                }
                i += 1
                return true
            }
            let valueStart = i
            while current != 0 && !" \t\n\r\"'=<>`".utf8.contains(current) { i += 1 }
            return i > valueStart
        }

        private func isLetter(_ c: UInt8) -> Bool {
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        }

        private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    }
}
