/// Markdown a cell asked to be woven as it is (`markdown`, `table`), made safe to weave.
///
/// It stays Markdown, but three things in it could take over the notebook: a line that reads as
/// one of the runner's markers, a `swift` block (the next run would take it for a cell), and a
/// block left open (a code fence never closed, an HTML block never ended) that would swallow the
/// end marker and everything after it.
extension OutputText {
    /// The lines of `markdown` (already cleaned) with its markers escaped, its `swift` blocks
    /// marked `swift-output`, its open fences closed and its unended HTML blocks turned to text.
    static func neutralisedMarkdown(_ markdown: String) -> [String] {
        var lines = Self.lines(markdown).map(escapingMarkers)
        for block in BlockParser.leafBlocks(lines: lines.map { Substring($0) }) where block.fence?.language == "swift" {
            lines[block.firstLine] = renamingSwift(lines[block.firstLine], fence: block.fence!)
        }
        // The section goes on after a blank line with a line at the left margin (the next segment
        // or the end marker); only a block still open at the top level can take that line in.
        // Each pass closes one such block, so the loop ends within as many passes as there are lines.
        while true {
            let probe = lines.count + 1
            let blocks = BlockParser.leafBlocks(lines: (lines + ["", "<!-- probe -->"]).map { Substring($0) })
            guard let open = blocks.first(where: { $0.firstLine < probe && $0.lastLine >= probe }) else { return lines }
            if let fence = open.fence {
                lines.append(String(repeating: fence.character, count: fence.length))
            } else if let start = lines[open.firstLine].firstIndex(of: "<") {
                lines[open.firstLine].insert("\\", at: start)
            } else {
                return lines
            }
        }
    }

    /// The line with each `<!--` that opens something reading as a runner marker (`<!-- metriclab:…`)
    /// backslash-escaped: CommonMark shows it as text, and no parser takes it for a comment.
    static func escapingMarkers(_ line: String) -> String {
        guard line.contains("metriclab:") else { return line }
        var result = ""
        var rest = Substring(line)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if after.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("metriclab:") { result += "\\" }
            result += "<!--"
            rest = after
        }
        return result + rest
    }

    /// An opening fence line with the info string `swift-output` instead of `swift`: still code
    /// to read, never a cell.
    static func renamingSwift(_ line: String, fence: Fence) -> String {
        let run = String(repeating: fence.character, count: fence.length)
        guard let opening = line.range(of: run) else { return line }
        return String(line[..<opening.upperBound]) + "swift-output"
    }
}
