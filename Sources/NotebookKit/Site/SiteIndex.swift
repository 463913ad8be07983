import Foundation
import Ink

/// A site's index page: the README's table of notebooks when it has one, every notebook it leaves
/// out listed below it, or, without such a table, a table of every notebook's title.
struct SiteIndex {
    /// A notebook as the index lists it.
    struct Entry {
        /// The notebook's file.
        var notebook: String
        /// The notebook's file as an absolute link, which the site rewrites to its page.
        var link: String {
            notebook.split(separator: "/").map { NotebookPaths.percentEncoded(String($0)) }.reduce("") { $0 + "/" + $1 }
        }
        /// The author's first heading.
        var title: String
    }

    /// The site's title: the README's first heading, or "Notebooks".
    var title: String
    /// The index's Markdown: the README's table, or one made from the titles.
    var markdown: String
    /// The folder the Markdown's links are relative to.
    var folder: String
    /// What the Markdown came from, for errors: `README.md`, or the notebooks' folder.
    var source: String
    /// The notebooks the table leaves out.
    var unlisted: [Entry]

    /// The index of `entries`, from the README at `readme` when there is one.
    init(entries: [Entry], readme: String, notebooksFolder: String) {
        let lines = (try? String(contentsOfFile: readme, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
        title = lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2).trimmingWhitespace()) } ?? "Notebooks"
        let readmeFolder = (readme as NSString).deletingLastPathComponent
        let table = Self.tables(in: lines).first { table in entries.contains { Self.links(table, to: $0.notebook, from: readmeFolder) } }
        if let table {
            markdown = table.joined(separator: "\n")
            folder = readmeFolder
            source = (readme as NSString).lastPathComponent
            unlisted = entries.filter { !Self.links(table, to: $0.notebook, from: readmeFolder) }
        } else {
            let rows = entries.map { "| [\(Self.escaped(($0.notebook as NSString).lastPathComponent))](\($0.link)) | \(Self.escaped($0.title)) |" }
            markdown = (["| notebook | title |", "| --- | --- |"] + rows).joined(separator: "\n")
            folder = notebooksFolder
            source = notebooksFolder
            unlisted = []
        }
    }

    /// The index's HTML (links still as written, the site rewrites them).
    var html: String {
        // Prepared line by line as a notebook's prose is, so the table reads as on GitHub (s_n stays s_n).
        var placeholders = Placeholders()
        let prepared = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { HTMLExporter.inline($0, trusted: true, placeholders: &placeholders) }.joined(separator: "\n")
        var html = "<h1>\(HTMLText.escape(title))</h1>\n" + placeholders.substitute(in: MarkdownParser().html(from: prepared))
        if !unlisted.isEmpty {
            let items = unlisted.map { "<li><a href=\"\($0.link)\">\(HTMLText.escape($0.title))</a></li>" }
            html += "\n<h2>More notebooks</h2>\n<ul>\n\(items.joined(separator: "\n"))\n</ul>"
        }
        return html
    }

    /// The Markdown tables in `lines` (a row of cells, a delimiter row, more rows), outside code blocks.
    static func tables(in lines: [String]) -> [[String]] {
        var tables: [[String]] = []
        var fence: String?
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingWhitespace()
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
            } else if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = String(line.prefix(3))
            } else if line.hasPrefix("|"), index + 1 < lines.count, isDelimiterRow(lines[index + 1]) {
                var table = [lines[index]]
                index += 1
                while index < lines.count, lines[index].trimmingWhitespace().hasPrefix("|") {
                    table.append(lines[index])
                    index += 1
                }
                tables.append(table)
                continue
            }
            index += 1
        }
        return tables
    }

    /// Whether `line` is a table's delimiter row (`| --- | :---: |`).
    private static func isDelimiterRow(_ line: String) -> Bool {
        let cells = line.trimmingWhitespace().split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.contains("-") && $0.allSatisfy { "-:".contains($0) } }
    }

    /// Whether a row of `table` links to `notebook` (a Markdown link destination, read from `folder`).
    private static func links(_ table: [String], to notebook: String, from folder: String) -> Bool {
        let target = SiteLinks.canonical(notebook)
        return table.contains { row in
            row.matches(of: /\]\(<?([^)>\s]+)>?\)/).contains { match in
                let link = String(match.1).removingPercentEncoding ?? String(match.1)
                return SiteLinks.canonical((folder as NSString).appendingPathComponent(link)) == target
            }
        }
    }

    /// `text` safe inside a Markdown table cell or link text.
    private static func escaped(_ text: String) -> String {
        text.reduce(into: "") { result, character in
            if "|[]*_`<>\\".contains(character) { result.append("\\") }
            result.append(character)
        }
    }
}
