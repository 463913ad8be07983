import Ink

/// What cells produced, rendered for the page as text.
extension HTMLExporter {
    /// The HTML of an output section's lines (between its markers): code blocks escaped, the rest
    /// through Ink as untrusted Markdown, and links left without a scheme that runs code.
    static func outputHTML(_ lines: [Substring]) -> String {
        var placeholders = Placeholders()
        var markdown: [String] = []
        var index = 0
        let blocks = BlockParser.leafBlocks(lines: lines)
        while index < lines.count {
            if let block = blocks.first(where: { $0.isTopLevel && $0.firstLine == index }), let fence = block.fence {
                markdown += ["", placeholders.add(codeHTML(block, fence: fence)), ""]
                index = block.lastLine + 1
            } else {
                markdown.append(inline(lines[index], trusted: false, placeholders: &placeholders))
                index += 1
            }
        }
        return safeLinks(in: placeholders.substitute(in: MarkdownParser().html(from: markdown.joined(separator: "\n"))))
    }

    /// `html` with each paragraph that is one emphasis and nothing else (a figure's caption, as
    /// the weaver writes it, or an author's under a figure of their own) marked as a caption, so
    /// that only those are centred, not a paragraph that happens to hold a single emphasized word.
    static func captions(in html: String) -> String {
        html.replacing(/<p><em>((?:(?!<\/?em>|<\/?p>)[\s\S])*)<\/em><\/p>/) { match in
            "<p class=\"caption\"><em>\(match.1)</em></p>"
        }
    }

    /// `html` with every `href` and `src` whose scheme could run code (`javascript:`, `data:`, …)
    /// pointed at `#`; relative links and `http`, `https` and `mailto` stay.
    static func safeLinks(in html: String) -> String {
        HTMLText.replacingLinks(in: html) { value in isSafeURL(HTMLText.unescape(value)) ? String(value) : "#" }
    }

    /// Whether a URL, read as a browser reads it (tabs, newlines and leading controls ignored),
    /// is relative or uses a scheme that only fetches.
    static func isSafeURL(_ url: String) -> Bool {
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 || $0 == " " }).trimmingWhitespace().lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let scheme = cleaned[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return true }
        return ["http", "https", "mailto"].contains(String(scheme))
    }
}
