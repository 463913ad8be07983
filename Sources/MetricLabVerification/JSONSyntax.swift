/// Where a JSON document stops being JSON, as line and column: Foundation's decoder only says that
/// the data is not valid, and a fixture file is thousands of lines long.
///
/// Accepts what fixture files hold: standard JSON plus the literals `NaN`, `Infinity` and
/// `-Infinity` that Python's `json.dump` writes.
enum JSONSyntax {
    /// The first syntax error in `bytes`: its 1-based line and column and what was expected;
    /// nil when the document is well-formed.
    static func firstError(in bytes: [UInt8]) -> (line: Int, column: Int, message: String)? {
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            guard scanner.index == bytes.count else { throw scanner.failure("more text after the document's end") }
            return nil
        } catch let error as Failure {
            let before = bytes[..<min(error.index, bytes.count)]
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<min(error.index, bytes.count)], as: UTF8.self).count + 1
            return (line, column, error.message)
        } catch {
            return nil
        }
    }

    private struct Failure: Error {
        var index: Int
        var message: String
    }

    /// A recursive-descent reader that only checks, building nothing.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ message: String) -> Failure { Failure(index: index, message: message) }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { index += 1 }
        }

        mutating func value(depth: Int) throws {
            guard depth < 512 else { throw failure("nested more than 512 levels deep") }
            guard let c = current else { throw failure("the file ends where a value should be") }
            switch c {
            case UInt8(ascii: "{"): try container(close: "}", depth: depth, keyed: true)
            case UInt8(ascii: "["): try container(close: "]", depth: depth, keyed: false)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "N"): try literal("NaN")
            case UInt8(ascii: "I"): try literal("Infinity")
            case UInt8(ascii: "-") where bytes[(index + 1)...].starts(with: "Infinity".utf8): index += 9
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw failure("unexpected '\(Character(Unicode.Scalar(c)))' where a value should be")
            }
        }

        mutating func container(close: Character, depth: Int, keyed: Bool) throws {
            index += 1
            skipSpace()
            if current == close.asciiValue { index += 1; return }
            while true {
                if keyed {
                    guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                    try string()
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
                    index += 1
                    skipSpace()
                }
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                } else if current == close.asciiValue {
                    index += 1
                    return
                } else {
                    throw failure(current == nil ? "the file ends before '\(close)'" : "expected ',' or '\(close)'")
                }
            }
        }

        mutating func string() throws {
            index += 1
            while let c = current {
                index += 1
                if c == UInt8(ascii: "\"") { return }
                if c == UInt8(ascii: "\\") { index += 1 }
                if c < 0x20 { index -= 1; throw failure("a control character inside a string") }
            }
            throw failure("the file ends inside a string")
        }

        mutating func literal(_ word: String) throws {
            guard bytes[index...].starts(with: word.utf8) else { throw failure("expected '\(word)'") }
            index += word.utf8.count
        }

        mutating func number() throws {
            if current == UInt8(ascii: "-") { index += 1 }
            let isDigit = { (c: UInt8?) in c.map { (0x30...0x39).contains($0) } ?? false }
            guard isDigit(current) else { throw failure("expected a digit") }
            while isDigit(current) { index += 1 }
            if current == UInt8(ascii: ".") {
                index += 1
                guard isDigit(current) else { throw failure("expected a digit after '.'") }
                while isDigit(current) { index += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard isDigit(current) else { throw failure("expected a digit in the exponent") }
                while isDigit(current) { index += 1 }
            }
        }
    }
}
