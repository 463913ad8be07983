/// Whether a paragraph is made only of link reference definitions (`[label]: /url "title"`),
/// which CommonMark removes from it: such a paragraph cannot become a setext heading.
///
/// Each definition is read on one line; a definition whose title runs onto the next line is
/// taken as text, so the paragraph then counts as content (a rare divergence from the spec).
enum LinkReferenceDefinition {
    static func paragraphIsOnlyDefinitions(_ lines: [[UInt8]]) -> Bool {
        !lines.isEmpty && lines.allSatisfy { line in
            isDefinition(String(decoding: line.prefix { $0 != .newline && $0 != .carriageReturn }, as: UTF8.self))
        }
    }

    static func isDefinition(_ line: String) -> Bool {
        var rest = Substring(line).drop { $0 == " " }
        guard rest.first == "[" else { return false }
        rest = rest.dropFirst()
        var label = ""
        while let c = rest.first, c != "]" {
            if c == "[" { return false }
            if c == "\\", let next = rest.dropFirst().first {
                label.append(next)
                rest = rest.dropFirst(2)
                continue
            }
            label.append(c)
            rest = rest.dropFirst()
        }
        guard rest.hasPrefix("]:"), !label.allSatisfy(\.isWhitespace), label.count <= 999 else { return false }
        rest = rest.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        if rest.first == "<" {
            guard let close = rest.firstIndex(of: ">") else { return false }
            rest = rest[rest.index(after: close)...]
        } else {
            let destination = rest.prefix { !$0.isWhitespace }
            guard !destination.isEmpty, balancedParentheses(destination) else { return false }
            rest = rest.dropFirst(destination.count)
        }
        let beforeTitle = rest
        rest = rest.drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty || rest.allSatisfy(\.isWhitespace) { return true }
        guard rest.startIndex != beforeTitle.startIndex, let open = rest.first else { return false }
        let close: Character
        switch open {
        case "\"": close = "\""
        case "'": close = "'"
        case "(": close = ")"
        default: return false
        }
        var body = rest.dropFirst()
        while let c = body.first, c != close {
            body = body.dropFirst(c == "\\" ? 2 : 1)
        }
        guard body.first == close else { return false }
        return body.dropFirst().allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func balancedParentheses(_ text: Substring) -> Bool {
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }
}
