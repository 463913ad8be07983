import Foundation
import Testing
@testable import NotebookKit

/// The block parser against cmark, the CommonMark reference implementation, on generated documents.
@Suite struct CommonMarkDifferentialTests {
    static let cmark = ["/usr/bin/cmark", "/usr/local/bin/cmark"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: cmark != nil, "cmark is not installed (apt-get install cmark)"))
    func codeBlocksMatchCmarkOnGeneratedDocuments() throws {
        var rng = DocumentGenerator.SplitMix(seed: 20_261_123)
        var mismatches: [String] = []
        var codeBlocks = 0
        for _ in 0..<2_000 {
            let document = DocumentGenerator.document(using: &rng)
            let expected = try CmarkXML.codeBlocks(of: document, cmark: Self.cmark!)
            let actual = BlockParser.leafBlocks(in: document).compactMap(CodeBlockSummary.init)
            codeBlocks += expected.count
            if actual != expected && mismatches.count < 3 {
                mismatches.append("document:\n\(document.debugDescription)\ncmark: \(expected)\nours:  \(actual)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
        #expect(codeBlocks > 1_000, "the generator should produce plenty of code blocks, made \(codeBlocks)")
    }
}

/// A code block as both parsers report it: info string, literal, and whether it is nested.
struct CodeBlockSummary: Equatable, CustomStringConvertible {
    var info: String
    var literal: String
    var isTopLevel: Bool

    init(info: String, literal: String, isTopLevel: Bool) {
        self.info = info
        self.literal = literal
        self.isTopLevel = isTopLevel
    }

    init?(_ block: MarkdownBlock) {
        switch block.kind {
        case .fencedCode(let fence): self.init(info: fence.info, literal: block.literal, isTopLevel: block.isTopLevel)
        case .indentedCode: self.init(info: "", literal: block.literal, isTopLevel: block.isTopLevel)
        default: return nil
        }
    }

    var description: String { "(\(info.debugDescription), \(literal.debugDescription), \(isTopLevel ? "top" : "nested"))" }
}

/// Reads the code blocks out of `cmark --to xml`.
enum CmarkXML {
    static func codeBlocks(of document: String, cmark: String) throws -> [CodeBlockSummary] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmark)
        process.arguments = ["--to", "xml"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(document.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ xml: String) -> [CodeBlockSummary] {
        var blocks: [CodeBlockSummary] = []
        var depth = 0
        var rest = Substring(xml)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { !$0.isWhitespace }
            let selfClosing = tag.hasSuffix("/")
            if ["block_quote", "list", "item", "block_quote/", "item/"].contains(String(name)) {
                if !selfClosing { depth += 1 }
            } else if ["/block_quote", "/list", "/item"].contains(String(name)) {
                depth -= 1
            } else if name == "code_block" {
                let info = attribute("info", in: tag).map(unescape) ?? ""
                var literal = ""
                if !selfClosing, let end = rest.range(of: "</code_block>") {
                    literal = unescape(rest[..<end.lowerBound])
                    rest = rest[end.upperBound...]
                }
                blocks.append(CodeBlockSummary(info: info, literal: literal, isTopLevel: depth == 0))
            }
        }
        return blocks
    }

    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value[..<(value.firstIndex(of: "\"") ?? value.endIndex)]
    }

    private static func unescape(_ text: Substring) -> String {
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let semicolon = rest[amp...].firstIndex(of: ";")!
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            default:
                let digits = entity.dropFirst()
                let value = digits.first == "x" ? UInt32(digits.dropFirst(), radix: 16)! : UInt32(digits)!
                result.unicodeScalars.append(Unicode.Scalar(value)!)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}

/// Random Markdown built from the pieces that decide where code blocks begin and end.
enum DocumentGenerator {
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    }

    static let prefixes = ["", "", "", "", " ", "  ", "   ", "    ", "\t", "> ", ">", "> > ", "- ", "* ", "+ ", "1. ", "2) ",
                           "  - ", "- > ", "> - ", "-   ", "1.  ", "10. ", "-\t", ">\t", " \t", "-    ", "  ", "    - ",
                           "\t- ", "   > ", "1)  ", "  1. ", " -  ", "*\t", ">  ", "> \t", "  \t", "     ", "123456789. ", "0. "]
    static let bodies = ["```", "```", "````", "~~~", "~~~~", "```swift", "```swift", "``` swift  {x}", "~~~ text `ok`",
                         "```\\`x", "```a`b", "``", "foo", "bar baz", "", "", "code()", "let x = 1", "    indented",
                         "\tafter tab", "---", "***", "# heading", "===", "<!-- metriclab:output -->", "<div>", "- item",
                         "1. one", "> quote", "```` ```", "~~~  ```", " ```", "  ~~~", "`` ` ``", "text ```",
                         "```swift", "\t```", "```\t", "~~~\tinfo", "</div>", "<!-- a", "-->", "<pre>", "</pre>",
                         "* * *", "- - -", "## h2 ##", "#no", "\t\tdeep", "[ref]: /url", "<custom-tag>", "```` swift"]

    static func document(using rng: inout SplitMix) -> String {
        let lineCount = 4 + Int(rng.next() % 20)
        var lines: [String] = []
        for _ in 0..<lineCount {
            var line = ""
            if rng.chance(70) { line += rng.pick(prefixes) }
            if rng.chance(20) { line += rng.pick(prefixes) }
            line += rng.pick(bodies)
            if rng.chance(5) { line += " \t" }
            lines.append(line)
        }
        let newline = rng.chance(15) ? "\r\n" : "\n"
        return lines.joined(separator: newline) + (rng.chance(80) ? newline : "")
    }
}
