/// The info string after an opening fence, decoded as CommonMark does: trimmed, with backslash
/// escapes and the common character references resolved.
enum InfoString {
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let raw = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}")
        var result = ""
        var rest = Substring(raw)
        while let c = rest.first {
            if c == "\\", let next = rest.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                result.append(next)
                rest = rest.dropFirst(2)
            } else if c == "&", let (decoded, length) = characterReference(rest) {
                result.append(decoded)
                rest = rest.dropFirst(length)
            } else {
                result.append(c)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    private static let namedReferences: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    private static func characterReference(_ text: Substring) -> (Character, Int)? {
        guard let semicolon = text.prefix(34).firstIndex(of: ";") else { return nil }
        let body = text[text.index(after: text.startIndex)..<semicolon]
        let length = body.count + 2
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32? = if digits.first == "x" || digits.first == "X" {
                UInt32(digits.dropFirst(), radix: 16)
            } else {
                UInt32(digits, radix: 10)
            }
            guard let value, !digits.isEmpty, digits.count <= 8 else { return nil }
            return (Character(Unicode.Scalar(value).flatMap { $0 == "\0" ? nil : $0 } ?? "\u{FFFD}"), length)
        }
        return namedReferences[String(body)].map { ($0, length) }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let isTrimmed: (Character) -> Bool = { set.contains($0) }
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}
