/// Inline Markdown made ready for Ink: formulas rendered, and a cell's text kept from being HTML.
extension HTMLExporter {
    /// `line` with its formulas (`$…$`, `$$…$$`, outside code spans; `\$` is a dollar) swapped for
    /// placeholders, and so are its intraword underscores. An untrusted line (a cell's output) also has its code spans swapped for
    /// finished HTML and every `&`, `<` and `"` escaped: Ink still finds emphasis, links and
    /// tables in it, but no HTML, and no quote that could end an attribute Ink writes.
    static func inline(_ line: Substring, trusted: Bool, placeholders: inout Placeholders) -> String {
        var result = ""
        var rest = line
        func text(_ characters: some StringProtocol) {
            guard !trusted else { return result += characters }
            for c in characters {
                switch c {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case "\"": result += "&quot;"
                default: result.append(c)
                }
            }
        }
        while let c = rest.first {
            if c == "\\", let next = rest.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                text(rest.prefix(2))
                rest = rest.dropFirst(2)
            } else if c == "`" {
                let run = rest.prefix { $0 == "`" }
                let after = rest.dropFirst(run.count)
                if let close = closingRun(of: run.count, in: after) {
                    if trusted {
                        result += rest[..<close.upperBound]
                    } else {
                        result += placeholders.add("<code>\(HTMLText.escape(codeSpanContent(after[..<close.lowerBound])))</code>")
                    }
                    rest = after[close.upperBound...]
                } else {
                    text(run)
                    rest = after
                }
            } else if c == "$" {
                let display = rest.hasPrefix("$$")
                let delimiter = display ? "$$" : "$"
                let body = rest.dropFirst(delimiter.count)
                if let close = body.range(of: delimiter), !body[..<close.lowerBound].isEmpty, body.first != " " {
                    let kind = display ? "math display" : "math"
                    result += placeholders.add("<span class=\"\(kind)\">\(TeXText.html(String(body[..<close.lowerBound])))</span>")
                    rest = body[close.upperBound...]
                } else {
                    text("$")
                    rest = rest.dropFirst()
                }
            } else if c == "<", let autolink = autolink(at: rest) {
                // Ink reads `<https://…>` as raw HTML that runs to the end of the block; CommonMark
                // reads it as a link to itself.
                let address = String(autolink.dropFirst().dropLast())
                let href = address.contains(":") ? address : "mailto:" + address
                // A cell's output may only link where a click cannot run code, as in the rest of it.
                let safe = trusted || isSafeURL(href) ? href : "#"
                result += placeholders.add("<a href=\"\(HTMLText.escape(safe))\">\(HTMLText.escape(address))</a>")
                rest = rest.dropFirst(autolink.count)
            } else if c == "_", let run = intrawordUnderscores(at: rest, in: line) {
                // CommonMark lets no underscore between letters or digits open or close emphasis
                // (s_n, z_I, snake_case); Ink does, so such runs reach it as a placeholder word,
                // which also keeps them intact inside a link's or an image's address.
                result += placeholders.add(String(run))
                rest = rest.dropFirst(run.count)
            } else {
                text(String(c))
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// The CommonMark autolink starting `rest` (`<scheme:address>` or `<name@host>`), brackets included.
    private static func autolink(at rest: Substring) -> Substring? {
        guard let close = rest.dropFirst().firstIndex(where: { $0 == ">" || $0 == "<" || $0.isWhitespace }),
              rest[close] == ">" else { return nil }
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        if let colon = inner.firstIndex(of: ":") {
            let scheme = inner[..<colon]
            guard (2...32).contains(scheme.count), scheme.first!.isASCII, scheme.first!.isLetter,
                  scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        } else {
            let parts = inner.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                  inner.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return nil }
        }
        return rest[...close]
    }

    /// The run of underscores starting `rest` when letters or digits stand on both its sides in `line`.
    private static func intrawordUnderscores(at rest: Substring, in line: Substring) -> Substring? {
        let run = rest.prefix { $0 == "_" }
        guard let before = line[..<rest.startIndex].last, let after = rest.dropFirst(run.count).first,
              before.isLetter || before.isNumber, after.isLetter || after.isNumber else { return nil }
        return run
    }

    /// The next backtick run of exactly `length` in `text`, which closes a code span.
    private static func closingRun(of length: Int, in text: Substring) -> Range<Substring.Index>? {
        var index = text.startIndex
        while let start = text[index...].firstIndex(of: "`") {
            let end = text[start...].firstIndex { $0 != "`" } ?? text.endIndex
            if text.distance(from: start, to: end) == length { return start..<end }
            index = end
        }
        return nil
    }

    /// A code span's text as CommonMark reads it: one space stripped from each end when both have one.
    private static func codeSpanContent(_ code: Substring) -> Substring {
        guard code.count >= 2, code.first == " ", code.last == " ", !code.allSatisfy({ $0 == " " }) else { return code }
        return code.dropFirst().dropLast()
    }
}
