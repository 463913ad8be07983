import Foundation
import Ink

/// A woven notebook as one standalone HTML page: prose through Ink, code highlighted, formulas
/// made readable, figures and animations embedded as base64, cells with `echo: false` hidden.
///
/// The author's prose is the author's and goes through as written. What cells produced (the
/// output sections) is treated as text: even the Markdown a cell asked for keeps its structure
/// (tables, lists, emphasis) but no raw HTML and no script link from it reaches the page.
public enum HTMLExporter {
    /// The page for the notebook at `paths`.
    public static func page(for paths: NotebookPaths) throws -> String {
        let notebook = try rendered(paths)
        return document(title: notebook.title, main: notebook.body)
    }

    /// A notebook as HTML: its title and what goes inside the page's `<main>`.
    struct Rendered: Sendable {
        /// The author's first heading, or the notebook's name.
        var title: String
        /// The notebook's prose, code and outputs, figures embedded.
        var body: String
    }

    /// The notebook at `paths` rendered, before it is framed as a page (by `export`, the site or the preview).
    static func rendered(_ paths: NotebookPaths) throws -> Rendered {
        let text = try String(contentsOfFile: paths.notebook, encoding: .utf8)
        let notebook = try Notebook(text: text, name: paths.name, displayPath: paths.displayPath)
        let folder = (paths.notebook as NSString).deletingLastPathComponent
        var placeholders = Placeholders()
        let markdown = prepare(notebook, placeholders: &placeholders)
        let body = embedImages(in: captions(in: placeholders.substitute(in: MarkdownParser().html(from: markdown))), relativeTo: folder, within: paths.root)
        return Rendered(title: title(of: notebook), body: body)
    }

    /// A whole page around `main`: `before` and `after` go around `<main>` (a site's navigation),
    /// `head` into the head (the preview's script and style), all of them HTML.
    static func document(title: String, main: String, head: String = "", before: String = "", after: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style>\(head)
        </head>
        <body>\(before)
        <main>
        \(main)
        </main>\(after)
        </body>
        </html>

        """
    }

    /// The text of the author's first `# ` heading, or the notebook's name: never a cell's output.
    static func title(of notebook: Notebook) -> String {
        let sections = notebook.cells.compactMap(\.outputSection)
        let heading = BlockParser.leafBlocks(lines: notebook.lines.map(\.text)).first { block in
            block.kind == .prose && block.isTopLevel && notebook.lines[block.firstLine].text.hasPrefix("# ")
                && !sections.contains { $0.contains(block.firstLine) }
        }
        return heading.map { String(notebook.lines[$0.firstLine].text.dropFirst(2).trimmingWhitespace()) } ?? notebook.name
    }

    /// The notebook's Markdown with code blocks, output sections and formulas swapped for
    /// placeholders that Ink leaves alone (Ink's own fence and emphasis rules are not CommonMark's).
    static func prepare(_ notebook: Notebook, placeholders: inout Placeholders) -> String {
        let blocks = BlockParser.leafBlocks(lines: notebook.lines.map(\.text))
        let hidden = Set(notebook.cells.filter { !$0.options.echo }.map(\.openingLine))
        var replaced: [Int: (last: Int, html: String?)] = [:]
        for section in notebook.cells.compactMap(\.outputSection) {
            let marker = section.first { notebook.lines[$0].text.trimmingWhitespace() == Notebook.outputMarker }!
            replaced[section.lowerBound] = (section.upperBound, outputHTML(notebook.lines[(marker + 1)..<section.upperBound].map(\.text)))
        }
        let sections = replaced.map { $0.key...$0.value.last }
        for block in blocks where block.isTopLevel && !sections.contains(where: { $0.contains(block.firstLine) }) {
            guard let fence = block.fence else { continue }
            replaced[block.firstLine] = (block.lastLine, hidden.contains(block.firstLine) ? nil : codeHTML(block, fence: fence))
        }
        var lines: [String] = []
        var index = 0
        var inDisplayMath: [Substring]?
        while index < notebook.lines.count {
            if let (last, html) = replaced[index] {
                if let html {
                    lines += ["", placeholders.add(html), ""]
                }
                index = last + 1
                continue
            }
            let line = notebook.lines[index].text
            if line.trimmingWhitespace() == "$$" {
                if let math = inDisplayMath {
                    lines += ["", placeholders.add("<div class=\"math display\">\(TeXText.html(math.joined(separator: " ")))</div>"), ""]
                    inDisplayMath = nil
                } else {
                    inDisplayMath = []
                }
            } else if inDisplayMath != nil {
                inDisplayMath!.append(line)
            } else {
                lines.append(inline(line, trusted: true, placeholders: &placeholders))
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// A fenced code block as `<pre>`: Swift highlighted, its option lines left out; everything escaped.
    static func codeHTML(_ block: MarkdownBlock, fence: Fence) -> String {
        let code = block.literal.hasSuffix("\n") ? String(block.literal.dropLast()) : block.literal
        let visible = fence.language == "swift" ? code.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("//|") }.joined(separator: "\n") : code
        let inner = fence.language == "swift" ? SwiftHighlighter.html(visible) : HTMLText.escape(visible)
        let language = fence.language.isEmpty ? "" : " class=\"language-\(HTMLText.escape(fence.language))\""
        let kind = fence.language == "text" ? " class=\"output\"" : ""
        return "<pre\(kind)><code\(language)>\(inner)</code></pre>"
    }

    static let style = """
        body { margin: 0; background: #fdfdfc; color: #1d1d1f; font: 18px/1.6 "DejaVu Serif", Georgia, serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1, h2, h3 { font-family: "DejaVu Sans", Helvetica, sans-serif; line-height: 1.25; }
        pre { background: #f4f4f2; border-left: 3px solid #0072b2; padding: .8rem 1rem; overflow-x: auto; font-size: 15px; line-height: 1.45; }
        code { font-family: "DejaVu Sans Mono", Menlo, monospace; }
        pre.output { background: #fafaf7; border-left-color: #bbb; color: #333; }
        p code, li code { background: #f0f0ec; padding: 0 .25em; border-radius: 3px; font-size: .9em; }
        img + em, p.caption { display: block; text-align: center; }
        .kw { color: #a626a4; font-weight: bold; } .ty { color: #0072b2; } .str { color: #50a14f; }
        .num { color: #986801; } .com { color: #8a8a8a; font-style: italic; } .attr { color: #c18401; }
        .math { font-family: "DejaVu Serif", "Cambria Math", serif; font-style: italic; white-space: nowrap; }
        .math.display { display: block; text-align: center; margin: 1rem 0; }
        img { max-width: 100%; display: block; margin: 1rem auto .3rem; }
        table { border-collapse: collapse; margin: 1rem 0; font-family: "DejaVu Sans", sans-serif; font-size: 16px; }
        th, td { border-bottom: 1px solid #ddd; padding: .3rem .8rem; }
        th { border-bottom: 2px solid #999; }
        """
}
