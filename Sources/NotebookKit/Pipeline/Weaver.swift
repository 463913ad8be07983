/// Writes cell outputs back into a notebook: after each cell, an output section between
/// `<!-- metriclab:output -->` and `<!-- metriclab:end -->`; every other line stays as it was.
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
            let output = visibleOutput(outputs[cell.number] ?? CellOutput(), options: cell.options)
            if !output.segments.isEmpty {
                text += newline + section(for: output, newline: newline)
                let oldEnding = cell.outputSection.map { String(notebook.lines[$0.upperBound].ending) } ?? newline
                text += Notebook.endMarker
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

    /// The section's lines from the output marker up to (not including) the end marker.
    func section(for output: CellOutput, newline: String) -> String {
        var lines = [Notebook.outputMarker]
        for segment in output.segments {
            switch segment {
            case .text(let text):
                let cleaned = OutputText.clean(text)
                guard !cleaned.isEmpty else { continue }
                let fence = String(repeating: "`", count: max(3, OutputText.longestBacktickRun(in: cleaned) + 1))
                lines += [fence + "text", cleaned, fence, ""]
            case .markdown(let markdown):
                let cleaned = OutputText.clean(markdown)
                guard !cleaned.isEmpty else { continue }
                lines += [cleaned, ""]
            case .figure(let file, let caption):
                let link = figureLink + "/" + file
                lines += ["![\(OutputText.escapeBrackets(caption))](\(link))", ""]
                if !caption.isEmpty { lines += ["*\(OutputText.escapeEmphasis(caption))*", ""] }
            }
        }
        return lines.joined(separator: newline) + newline
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

    static func escapeBrackets(_ text: String) -> String {
        var result = ""
        for c in text {
            if "[]\\".contains(c) { result.append("\\") }
            result.append(c == "\n" ? " " : c)
        }
        return result
    }

    static func escapeEmphasis(_ text: String) -> String {
        var result = ""
        for c in text {
            if "*_\\`<[]".contains(c) { result.append("\\") }
            result.append(c == "\n" ? " " : c)
        }
        return result
    }
}
