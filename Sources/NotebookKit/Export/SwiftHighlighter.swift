/// Colours Swift source for an HTML page: keywords, types, strings, numbers, comments and
/// attributes each get a `<span class>`; everything is HTML-escaped.
enum SwiftHighlighter {
    static let keywords: Set<String> = [
        "let", "var", "func", "struct", "enum", "class", "protocol", "extension", "import", "return", "if", "else",
        "guard", "for", "in", "while", "repeat", "switch", "case", "default", "break", "continue", "where", "throw",
        "throws", "rethrows", "try", "catch", "do", "defer", "public", "private", "internal", "fileprivate", "static",
        "mutating", "init", "self", "Self", "some", "any", "inout", "true", "false", "nil", "as", "is", "typealias",
        "associatedtype", "subscript", "lazy", "final", "override", "async", "await",
    ]

    static func html(_ code: String) -> String {
        let chars = Array(code)
        var html = ""
        var i = 0
        func span(_ kind: String, _ text: String) { html += "<span class=\"\(kind)\">\(HTMLText.escape(text))</span>" }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "/" && next == "/" {
                let end = chars[i...].firstIndex(of: "\n") ?? chars.count
                span("com", String(chars[i..<end]))
                i = end
            } else if c == "/" && next == "*" {
                var end = i + 2
                while end + 1 < chars.count && !(chars[end] == "*" && chars[end + 1] == "/") { end += 1 }
                end = min(chars.count, end + 2)
                span("com", String(chars[i..<end]))
                i = end
            } else if c == "\"" {
                var end = i + 1
                while end < chars.count && chars[end] != "\"" && chars[end] != "\n" {
                    end += chars[end] == "\\" ? 2 : 1
                }
                end = min(chars.count, end + 1)
                span("str", String(chars[i..<end]))
                i = end
            } else if c.isNumber {
                var end = i
                while end < chars.count, chars[end].isNumber || chars[end] == "_"
                    || (chars[end] == "." && end + 1 < chars.count && chars[end + 1].isNumber) {
                    end += 1
                }
                span("num", String(chars[i..<end]))
                i = end
            } else if c.isLetter || c == "_" || c == "@" || c == "#" {
                var end = i + 1
                while end < chars.count && (chars[end].isLetter || chars[end].isNumber || chars[end] == "_") { end += 1 }
                let word = String(chars[i..<end])
                if c == "@" || c == "#" {
                    span("attr", word)
                } else if keywords.contains(word) {
                    span("kw", word)
                } else if c.isUppercase {
                    span("ty", word)
                } else {
                    html += HTMLText.escape(word)
                }
                i = end
            } else {
                html += HTMLText.escape(String(c))
                i += 1
            }
        }
        return html
    }
}
