/// Output sections: the runner's markers, the checksum its end marker carries, and how a section
/// is found after its cell.
///
/// The runner replaces a section on every run, so it must only ever replace text it wrote. As in
/// cog, the end marker carries a checksum of the section's lines (`<!-- metriclab:end 1a2b3c4d -->`):
/// a section whose text no longer matches was edited by hand, or its markers are not the runner's,
/// and the runner refuses to touch it.
extension Notebook {
    /// The line that opens an output section.
    public static let outputMarker = "<!-- metriclab:output -->"

    /// The end marker of a section whose lines between the markers are `content`.
    public static func endMarker(for content: [some StringProtocol]) -> String {
        "<!-- metriclab:end \(checksum(ofSection: content)) -->"
    }

    /// Eight hexadecimal digits of a stable hash of a section's lines, joined by `\n` so that a
    /// notebook's line endings do not matter.
    public static func checksum(ofSection content: [some StringProtocol]) -> String {
        var hash = StableHash()
        hash.combine(content.map { String($0) }.joined(separator: "\n"))
        return String(hash.hexDigest.prefix(8))
    }

    /// What an end-marker line says.
    enum EndMarker: Equatable {
        /// `<!-- metriclab:end -->`, as runners before checksums wrote it.
        case legacy
        /// `<!-- metriclab:end 1a2b3c4d -->`.
        case checksum(String)
        /// `<!-- metriclab:end ... -->` with something else where the checksum goes.
        case malformed

        /// The end marker on `line`, or nil when the line is not one.
        init?(line: Substring) {
            let text = line.trimmingWhitespace()
            guard text.hasPrefix("<!--"), text.hasSuffix("-->"), text.count >= 7 else { return nil }
            let inner = text.dropFirst(4).dropLast(3).trimmingWhitespace()
            guard inner.hasPrefix("metriclab:end") else { return nil }
            let rest = inner.dropFirst("metriclab:end".count)
            if rest.isEmpty {
                self = .legacy
            } else if rest.first == " " || rest.first == "\t" {
                let sum = rest.trimmingWhitespace()
                self = sum.count == 8 && sum.allSatisfy(\.isHexDigit) && sum == sum.lowercased() ? .checksum(String(sum)) : .malformed
            } else {
                return nil
            }
        }
    }

    /// The output section right after a cell: blank lines, the output marker, and everything up
    /// to its end marker, once the end marker shows that the runner wrote it.
    static func outputSection(after cell: MarkdownBlock, number: Int, following blocks: ArraySlice<MarkdownBlock>,
                              lines: [SourceLine], file: String) throws -> ClosedRange<Int>? {
        guard let start = blocks.first, start.kind == .html, lines[start.firstLine].text.trimmingWhitespace() == outputMarker,
              ((cell.lastLine + 1)..<start.firstLine).allSatisfy({ lines[$0].text.trimmingWhitespace().isEmpty })
        else { return nil }
        let noEnd = NotebookError(file: file, line: start.firstLine + 1, message: "output section has no `<!-- metriclab:end -->` before the next cell")
        guard let endBlock = blocks.dropFirst().first(where: { $0.kind == .html && EndMarker(line: lines[$0.firstLine].text) != nil }),
              let end = EndMarker(line: lines[endBlock.firstLine].text)
        else { throw noEnd }
        let inside = blocks.dropFirst().prefix { $0.firstLine < endBlock.firstLine }
        let reachesNextCell = inside.contains { $0.fence?.language == "swift" }
        let content = (start.firstLine + 1)..<endBlock.firstLine
        let span = "lines \(start.firstLine + 1)–\(endBlock.firstLine + 1)"
        switch end {
        case .checksum(let sum):
            // A verified section is opaque: a `swift` block in it is output, not a cell.
            guard sum == checksum(ofSection: content.map { lines[$0].text }) else {
                if reachesNextCell { throw noEnd }
                throw NotebookError(file: file, line: start.firstLine + 1, message: """
                    the output section of cell \(number) (\(span)) is not as the runner wrote it: its text does not \
                    match the checksum in its end marker, so it was edited by hand or its markers are not the \
                    runner's. Nothing was changed; undo the edit or move your text out of the section, or delete \
                    \(span) to have the section written afresh
                    """)
            }
        case .legacy:
            if reachesNextCell { throw noEnd }
            if let foreign = LegacySection.firstForeignLine(in: content, blocks: inside, lines: lines) {
                throw NotebookError(file: file, line: foreign + 1, message: """
                    the output section of cell \(number) (\(span)) has an end marker without a checksum (an older \
                    runner's) and this line is not one the runner writes, so replacing the section could lose your \
                    text. Nothing was changed; move the text below line \(endBlock.firstLine + 1), or delete \(span) if \
                    they are only old output, or delete the `\(outputMarker)` at line \(start.firstLine + 1) if you \
                    did not mean to start a section there
                    """)
            }
        case .malformed:
            throw NotebookError(file: file, line: endBlock.firstLine + 1, message: """
                this end marker is not the runner's: the runner writes `<!-- metriclab:end ` and an 8-digit \
                lower-case hexadecimal checksum; delete \(span) to have the section written afresh
                """)
        }
        return (cell.lastLine + 1)...endBlock.firstLine
    }
}

/// Sections that end in an end marker without a checksum, as runners before checksums wrote them.
///
/// Such a section is replaced only when every line of it is one the runner writes: a ```` ```text ````
/// block, a figure image alone on its line, its `*caption*` paragraph right below, a table. Any other
/// line (a heading, a sentence, a list) may be the author's, as when an output marker was pasted
/// below the last cell and an old end marker lies far below it.
enum LegacySection {
    /// The first line (0-based) in `content` that the runner would not have written, or nil.
    static func firstForeignLine(in content: Range<Int>, blocks: ArraySlice<MarkdownBlock>, lines: [SourceLine]) -> Int? {
        var covered: Set<Int> = []
        var afterFigure = false
        var foreignBlock: Int?
        for block in blocks where foreignBlock == nil {
            covered.formUnion(block.firstLine...block.lastLine)
            let texts = (block.firstLine...block.lastLine).map { lines[$0].text.trimmingWhitespace() }
            switch block.kind {
            case .fencedCode(let fence) where fence.language == "text" && fence.isClosed:
                afterFigure = false
            case .prose where texts.count == 1 && isFigure(texts[0]):
                afterFigure = true
            case .prose where texts.count == 1 && afterFigure && isCaption(texts[0]):
                afterFigure = false
            case .prose where isTable(texts):
                afterFigure = false
            default:
                foreignBlock = block.firstLine
            }
        }
        // Lines in no top-level block are blank, or belong to a list or block quote.
        let nested = content.first { !covered.contains($0) && !lines[$0].text.trimmingWhitespace().isEmpty }
        return [foreignBlock, nested].compactMap { $0 }.min()
    }

    private static func isFigure(_ line: Substring) -> Bool {
        line.hasPrefix("![") && line.hasSuffix(")") && line.contains("](")
    }

    private static func isCaption(_ line: Substring) -> Bool {
        line.count >= 3 && line.hasPrefix("*") && line.hasSuffix("*") && !line.allSatisfy { $0 == "*" }
    }

    private static func isTable(_ lines: [Substring]) -> Bool {
        lines.count >= 2 && lines.allSatisfy { $0.hasPrefix("|") && $0.hasSuffix("|") }
            && lines[1].allSatisfy { "|-: ".contains($0) }
    }
}
