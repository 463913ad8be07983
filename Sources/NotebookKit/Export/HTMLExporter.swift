import Foundation
import Ink

/// A woven notebook as one standalone HTML page: prose through Ink, code highlighted, formulas
/// made readable, figures and animations embedded as base64, cells with `echo: false` hidden.
public enum HTMLExporter {
    /// The page for the notebook at `paths`.
    public static func page(for paths: NotebookPaths) throws -> String {
        let text = try String(contentsOfFile: paths.notebook, encoding: .utf8)
        let notebook = try Notebook(text: text, name: paths.name, displayPath: paths.displayPath)
        let folder = (paths.notebook as NSString).deletingLastPathComponent
        var placeholders: [String: String] = [:]
        let markdown = prepare(notebook, placeholders: &placeholders)
        var body = MarkdownParser().html(from: markdown)
        for (key, html) in placeholders {
            body = body.replacingOccurrences(of: "<p>\(key)</p>", with: html).replacingOccurrences(of: key, with: html)
        }
        body = embedImages(in: body, relativeTo: folder)
        let title = notebook.lines.first { $0.text.hasPrefix("# ") }.map { String($0.text.dropFirst(2)) } ?? notebook.name
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// The notebook's Markdown with code blocks and formulas swapped for placeholders that Ink
    /// leaves alone (Ink's own fence and emphasis rules are not CommonMark's).
    static func prepare(_ notebook: Notebook, placeholders: inout [String: String]) -> String {
        let blocks = BlockParser.leafBlocks(lines: notebook.lines.map(\.text))
        let hidden = Set(notebook.cells.filter { !$0.options.echo }.map(\.openingLine))
        var replaced: [Int: (last: Int, html: String?)] = [:]
        for block in blocks where block.isTopLevel {
            guard let fence = block.fence else { continue }
            if hidden.contains(block.firstLine) {
                replaced[block.firstLine] = (block.lastLine, nil)
                continue
            }
            let code = block.literal.hasSuffix("\n") ? String(block.literal.dropLast()) : block.literal
            let visible = fence.language == "swift" ? code.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("//|") }.joined(separator: "\n") : code
            let inner = fence.language == "swift" ? SwiftHighlighter.html(visible) : HTMLText.escape(visible)
            let language = fence.language.isEmpty ? "" : " class=\"language-\(HTMLText.escape(fence.language))\""
            let kind = fence.language == "text" ? " class=\"output\"" : ""
            replaced[block.firstLine] = (block.lastLine, "<pre\(kind)><code\(language)>\(inner)</code></pre>")
        }
        var lines: [String] = []
        var index = 0
        var inDisplayMath: [Substring]?
        while index < notebook.lines.count {
            if let (last, html) = replaced[index] {
                if let html {
                    let key = "MLBLOCK\(placeholders.count)X"
                    placeholders[key] = html
                    lines += ["", key, ""]
                }
                index = last + 1
                continue
            }
            let line = notebook.lines[index].text
            if line.trimmingWhitespace() == "$$" {
                if let math = inDisplayMath {
                    let key = "MLMATH\(placeholders.count)X"
                    placeholders[key] = "<div class=\"math display\">\(TeXText.html(math.joined(separator: " ")))</div>"
                    lines += ["", key, ""]
                    inDisplayMath = nil
                } else {
                    inDisplayMath = []
                }
            } else if inDisplayMath != nil {
                inDisplayMath!.append(line)
            } else {
                lines.append(inlineMath(String(line), placeholders: &placeholders))
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces `$…$` and `$$…$$` outside code spans with placeholders for rendered formulas.
    static func inlineMath(_ line: String, placeholders: inout [String: String]) -> String {
        var result = ""
        var rest = Substring(line)
        while let c = rest.first {
            if c == "`" {
                let run = rest.prefix { $0 == "`" }
                let after = rest.dropFirst(run.count)
                if let close = after.range(of: String(run)) {
                    result += rest[..<close.upperBound]
                    rest = rest[close.upperBound...]
                } else {
                    result += run
                    rest = after
                }
            } else if c == "$" {
                let display = rest.hasPrefix("$$")
                let delimiter = display ? "$$" : "$"
                let body = rest.dropFirst(delimiter.count)
                if let close = body.range(of: delimiter), !body[..<close.lowerBound].isEmpty, body.first != " " {
                    let key = "MLMATH\(placeholders.count)X"
                    let kind = display ? "math display" : "math"
                    placeholders[key] = "<span class=\"\(kind)\">\(TeXText.html(String(body[..<close.lowerBound])))</span>"
                    result += key
                    rest = body[close.upperBound...]
                } else {
                    result.append(c)
                    rest = rest.dropFirst()
                }
            } else {
                result.append(c)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// Replaces each `<img src="relative path">` with the image's bytes as a data URL.
    static func embedImages(in html: String, relativeTo folder: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let range = rest.range(of: "<img src=\"") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let source = rest.prefix { $0 != "\"" }
            rest = rest.dropFirst(source.count)
            let path = (folder as NSString).appendingPathComponent(String(source))
            if !source.contains(":"), let data = FileManager.default.contents(atPath: path) {
                let type = ["png": "image/png", "gif": "image/gif", "svg": "image/svg+xml", "jpg": "image/jpeg"][(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
                result += "data:\(type);base64,\(data.base64EncodedString())"
            } else {
                result += source
            }
        }
        return result + rest
    }

    static let style = """
        body { margin: 0; background: #fdfdfc; color: #1d1d1f; font: 18px/1.6 "DejaVu Serif", Georgia, serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1, h2, h3 { font-family: "DejaVu Sans", Helvetica, sans-serif; line-height: 1.25; }
        pre { background: #f4f4f2; border-left: 3px solid #0072b2; padding: .8rem 1rem; overflow-x: auto; font-size: 15px; line-height: 1.45; }
        code { font-family: "DejaVu Sans Mono", Menlo, monospace; }
        pre.output { background: #fafaf7; border-left-color: #bbb; color: #333; }
        p code, li code { background: #f0f0ec; padding: 0 .25em; border-radius: 3px; font-size: .9em; }
        img + em, p > em:only-child { display: block; text-align: center; }
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
