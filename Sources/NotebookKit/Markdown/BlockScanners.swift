/// The line scanners of the CommonMark spec: each looks at a line from a position and says
/// whether (and how long) a block start or end is there.
enum BlockScanners {
    /// Length of an opening code fence at `position`, or 0.
    static func openingFence(_ line: [UInt8], at position: Int) -> Int {
        let c = byte(line, position)
        guard c == .backtick || c == .tilde else { return 0 }
        let run = runLength(line, of: c, from: position)
        guard run >= 3 else { return 0 }
        if c == .backtick {
            var i = position + run
            while !LineCursor.isLineEnd(byte(line, i)) {
                if byte(line, i) == .backtick { return 0 }
                i += 1
            }
        }
        return run
    }

    /// Length of a closing fence made of `character` at `position` (only spaces may follow), or 0.
    static func closingFence(_ line: [UInt8], at position: Int, character: UInt8) -> Int {
        guard byte(line, position) == character else { return 0 }
        let run = runLength(line, of: character, from: position)
        guard run >= 3 else { return 0 }
        var i = position + run
        while LineCursor.isSpaceOrTab(byte(line, i)) { i += 1 }
        return LineCursor.isLineEnd(byte(line, i)) ? run : 0
    }

    /// Whether an ATX heading (`#` to `######`, then a space or the line end) starts at `position`.
    static func isATXHeading(_ line: [UInt8], at position: Int) -> Bool {
        let run = runLength(line, of: UInt8(ascii: "#"), from: position)
        guard (1...6).contains(run) else { return false }
        let next = byte(line, position + run)
        return LineCursor.isSpaceOrTab(next) || LineCursor.isLineEnd(next)
    }

    /// Whether a setext underline (`===` or `---`, trailing spaces allowed) starts at `position`.
    static func isSetextUnderline(_ line: [UInt8], at position: Int) -> Bool {
        let c = byte(line, position)
        guard c == UInt8(ascii: "=") || c == UInt8(ascii: "-") else { return false }
        var i = position + runLength(line, of: c, from: position)
        while LineCursor.isSpaceOrTab(byte(line, i)) { i += 1 }
        return LineCursor.isLineEnd(byte(line, i))
    }

    /// Whether a thematic break (three or more `*`, `-` or `_`, spaces between) starts at `position`.
    static func isThematicBreak(_ line: [UInt8], at position: Int) -> Bool {
        let c = byte(line, position)
        guard c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") else { return false }
        var count = 0
        var i = position
        while true {
            let d = byte(line, i)
            if d == c {
                count += 1
            } else if !LineCursor.isSpaceOrTab(d) {
                break
            }
            i += 1
        }
        return count >= 3 && LineCursor.isLineEnd(byte(line, i))
    }

    /// A list marker at `position`: its kind and width in bytes, or nil.
    static func listMarker(_ line: [UInt8], at position: Int, interruptsParagraph: Bool) -> (ListMarker, Int)? {
        let c = byte(line, position)
        var i = position
        let marker: ListMarker
        if c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            i += 1
            marker = .bullet(c)
        } else if isDigit(c) {
            var start = 0
            var digits = 0
            repeat {
                start = start * 10 + Int(byte(line, i) - UInt8(ascii: "0"))
                i += 1
                digits += 1
            } while digits < 9 && isDigit(byte(line, i))
            let delimiter = byte(line, i)
            guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            if interruptsParagraph && start != 1 { return nil }
            i += 1
            marker = .ordered(delimiter)
        } else {
            return nil
        }
        guard isSpace(byte(line, i)) else { return nil }
        if interruptsParagraph {
            var j = i
            while LineCursor.isSpaceOrTab(byte(line, j)) { j += 1 }
            if LineCursor.isLineEnd(byte(line, j)) { return nil }
        }
        return (marker, i - position)
    }

    /// The HTML block type (1 to 7) starting at `position`, or nil; type 7 cannot interrupt a paragraph.
    static func htmlBlockStart(_ line: [UInt8], at position: Int, interruptsParagraph: Bool) -> Int? {
        guard byte(line, position) == UInt8(ascii: "<") else { return nil }
        let rest = String(decoding: line[(position + 1)...], as: UTF8.self)
        let lower = rest.lowercased()
        for name in ["script", "pre", "style", "textarea"] where lower.hasPrefix(name) {
            let after = lower.dropFirst(name.count).first
            if after == nil || after == ">" || after!.isWhitespace { return 1 }
        }
        if rest.hasPrefix("!--") { return 2 }
        if rest.hasPrefix("?") { return 3 }
        if rest.hasPrefix("!"), let next = rest.dropFirst().first, next.isASCII, next.isLetter { return 4 }
        if rest.hasPrefix("![CDATA[") { return 5 }
        let tag = lower.hasPrefix("/") ? lower.dropFirst() : lower[...]
        let name = tag.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        if blockTagNames.contains(String(name)) {
            let after = tag.dropFirst(name.count)
            if after.first == nil || after.first!.isWhitespace || after.hasPrefix(">") || after.hasPrefix("/>") {
                return 6
            }
        }
        if !interruptsParagraph, HTMLTag.isCompleteTagLine(String(rest)) { return 7 }
        return nil
    }

    /// Whether the line ends an HTML block of the given type (types 6 and 7 end at a blank line instead).
    static func endsHTMLBlock(_ line: [UInt8], type: Int, from position: Int) -> Bool {
        let text = String(decoding: line[position...], as: UTF8.self)
        switch type {
        case 1:
            let lower = text.lowercased()
            return ["</script>", "</pre>", "</style>", "</textarea>"].contains { lower.contains($0) }
        case 2: return text.contains("-->")
        case 3: return text.contains("?>")
        case 4: return text.contains(">")
        case 5: return text.contains("]]>")
        default: return false
        }
    }

    static let blockTagNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav",
        "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    private static func byte(_ line: [UInt8], _ index: Int) -> UInt8 {
        index < line.count ? line[index] : 0
    }

    private static func runLength(_ line: [UInt8], of c: UInt8, from position: Int) -> Int {
        var i = position
        while byte(line, i) == c { i += 1 }
        return i - position
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == .space || c == .tab || c == .newline || c == .carriageReturn || c == 0x0B || c == 0x0C
    }
}

/// The marker that opened a list; items continue a list only with the same marker kind.
enum ListMarker: Equatable {
    case bullet(UInt8)
    case ordered(UInt8)
}

extension UInt8 {
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")
}
