/// Writes cell outputs back into a notebook: after each cell, an output section between
/// `<!-- metriclab:output -->` and an end marker carrying the section's checksum
/// (`<!-- metriclab:end 1a2b3c4d -->`); every other line stays as it was.
///
/// What a cell produces is woven so that it can never pass for the runner's own markers or for
/// a cell, nor leave a block open that would swallow the end marker (see `OutputText`).
public struct Weaver {
    /// The notebook to weave into.
    public var notebook: Notebook
    /// The path from the notebook's folder to its figure folder (`../figures/NAME`).
    public var figureLink: String

    /// A weaver for `notebook`, linking figures under `figureLink`.
    public init(notebook: Notebook, figureLink: String) {
        self.notebook = notebook
        self.figureLink = figureLink
    }

    /// The notebook's text with `outputs` (by cell number) woven in. A cell without output
    /// loses its old section; a cell that did not run (`eval: false`) too.
    public func weave(_ outputs: [Int: CellOutput]) -> String {
        let newline = notebook.lineEnding
        var text = ""
        var next = 0
        for cell in notebook.cells {
            for index in next...cell.closingLine {
                let line = notebook.lines[index]
                text += line.text
                text += line.ending.isEmpty ? newline : String(line.ending)
            }
            next = cell.closingLine + 1
            if let section = cell.outputSection {
                next = section.upperBound + 1
            }
            let content = sectionContent(for: visibleOutput(outputs[cell.number] ?? CellOutput(), options: cell.options))
            if !content.isEmpty {
                text += newline + ([Notebook.outputMarker] + content + [Notebook.endMarker(for: content)]).joined(separator: newline)
                let oldEnding = cell.outputSection.map { String(notebook.lines[$0.upperBound].ending) } ?? newline
                text += oldEnding.isEmpty && next < notebook.lines.count ? newline : oldEnding
            }
        }
        for line in notebook.lines[next...] {
            text += line.text
            text += line.ending
        }
        return text
    }

    /// The output minus printed text when the cell says `output: false`.
    private func visibleOutput(_ output: CellOutput, options: CellOptions) -> CellOutput {
        guard !options.output else { return output }
        return CellOutput(segments: output.segments.filter { if case .text = $0 { false } else { true } })
    }

    /// The section's lines between its markers, each segment followed by a blank line; none when
    /// the output is empty.
    func sectionContent(for output: CellOutput) -> [String] {
        var lines: [String] = []
        // Consecutive Markdown is neutralised as one piece: a list left open by one `table` or
        // `markdown` call could otherwise take in the next one's lines.
        var markdown: [String] = []
        func flushMarkdown() {
            guard !markdown.isEmpty else { return }
            lines += OutputText.neutralisedMarkdown(markdown.joined(separator: "\n\n")) + [""]
            markdown = []
        }
        for segment in output.segments {
            switch segment {
            case .text(let text):
                let cleaned = OutputText.clean(text)
                guard !cleaned.isEmpty else { continue }
                flushMarkdown()
                let fence = String(repeating: "`", count: max(3, OutputText.longestBacktickRun(in: cleaned) + 1))
                lines += [fence + "text"] + OutputText.lines(cleaned) + [fence, ""]
            case .markdown(let text):
                let cleaned = OutputText.clean(text)
                if !cleaned.isEmpty { markdown.append(cleaned) }
            case .figure(let file, let caption, let also):
                flushMarkdown()
                lines += ["![\(OutputText.escapeBrackets(caption))](\(figureLink)/\(OutputText.percentEncoded(file)))", ""]
                if !caption.isEmpty { lines += ["*\(OutputText.escapeEmphasis(caption))*", ""] }
                if !also.isEmpty { lines += [Self.alsoLine(also, figureLink: figureLink), ""] }
            }
        }
        flushMarkdown()
        return lines
    }
}

extension Weaver {
    /// What starts the line that links a figure's further formats.
    static let alsoPrefix = "Also as: "

    /// The line under a figure that links its files in further formats:
    /// `Also as: [PDF](../figures/NAME/fig.pdf), [SVG](../figures/NAME/fig.svg)`.
    static func alsoLine(_ files: [String], figureLink: String) -> String {
        alsoPrefix + files.map { file in
            let format = file.split(separator: ".").last.map { $0.uppercased() } ?? file
            return "[\(OutputText.escapeBrackets(format))](\(figureLink)/\(OutputText.percentEncoded(file)))"
        }.joined(separator: ", ")
    }
}

/// Turning a program's raw output into text that survives a round trip through Markdown.
enum OutputText {
    /// Line endings made `\n`, a carriage return treated as a terminal does (the line restarts),
    /// trailing spaces and trailing blank lines dropped.
    static func clean(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let visible = line.split(separator: "\r", omittingEmptySubsequences: false).last ?? line
            guard let last = visible.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return Substring() }
            return visible[...last]
        }
        var kept = lines[...]
        while kept.last?.isEmpty == true { kept.removeLast() }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        return kept.joined(separator: "\n")
    }

    /// The longest run of backticks anywhere in `text`; a fence must be longer.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        for c in text.utf8 {
            run = c == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// The lines of cleaned text.
    static func lines(_ cleaned: String) -> [String] {
        cleaned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A caption for an image's alt text: brackets and backslashes escaped, on one line.
    static func escapeBrackets(_ text: String) -> String {
        var result = ""
        for c in text {
            if "[]\\".contains(c) { result.append("\\") }
            result.append(c.isNewline ? " " : c)
        }
        return result
    }

    /// A caption for an emphasised paragraph: Markdown's inline syntax escaped, on one line.
    static func escapeEmphasis(_ text: String) -> String {
        var result = ""
        for c in text {
            if "*_\\`<[]".contains(c) { result.append("\\") }
            result.append(c.isNewline ? " " : c)
        }
        return result
    }

    /// A file name as a link path segment: every byte but letters, digits, `-`, `.`, `_` and `~`
    /// percent-encoded, so no name can end the link or the line.
    static func percentEncoded(_ name: String) -> String {
        var result = ""
        for byte in name.utf8 {
            if byte.isASCIIUnreserved {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private extension UInt8 {
    var isASCIIUnreserved: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || "-._~".utf8.contains(self)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
