/// CommonMark's block structure (spec 0.30, "A parsing strategy"), reduced to what the runner
/// needs: the leaf blocks in document order, with their lines, nesting and code literals.
///
/// Container blocks (block quotes, lists, items) are followed exactly so that fences inside
/// them, lazy continuation lines and indented code are told apart as any CommonMark renderer
/// would; link reference definitions and inline syntax are not parsed, as no block boundary
/// depends on them except a setext underline below a paragraph made only of definitions.
public struct BlockParser {
    private var stack: [OpenBlock] = [OpenBlock(kind: .document, line: 0)]
    private var blocks: [MarkdownBlock] = []

    /// The leaf blocks of a document given as lines without their line endings.
    public static func leafBlocks(lines: [Substring]) -> [MarkdownBlock] {
        var parser = BlockParser()
        for (index, line) in lines.enumerated() {
            parser.process(Array(line.utf8), index: index)
        }
        while parser.stack.count > 1 { parser.closeTop() }
        return parser.blocks
    }

    /// The leaf blocks of a document.
    public static func leafBlocks(in text: String) -> [MarkdownBlock] {
        leafBlocks(lines: SourceLines.split(text).map(\.text))
    }

    private mutating func process(_ line: [UInt8], index: Int) {
        var cursor = LineCursor(line)

        var depth = 1
        matching: while depth < stack.count {
            cursor.findFirstNonspace()
            switch stack[depth].kind {
            case .blockQuote:
                guard cursor.indent <= 3, cursor.peek(cursor.firstNonspace) == UInt8(ascii: ">") else { break matching }
                cursor.advance(by: cursor.indent + 1, columns: true)
                if LineCursor.isSpaceOrTab(cursor.peek(cursor.offset)) { cursor.advance(by: 1, columns: true) }
            case .item(_, let contentOffset):
                if cursor.indent >= contentOffset {
                    cursor.advance(by: contentOffset, columns: true)
                } else if cursor.isBlank && stack[depth].hasChildren {
                    cursor.advanceToFirstNonspace()
                } else {
                    break matching
                }
            case .fencedCode(let character, let length, let indent, _):
                if cursor.indent <= 3,
                   BlockScanners.closingFence(cursor.bytes, at: cursor.firstNonspace, character: character) >= length {
                    stack[depth].lastLine = index
                    stack[depth].isClosed = true
                    closeTop()
                    return
                }
                var remaining = indent
                while remaining > 0 && LineCursor.isSpaceOrTab(cursor.peek(cursor.offset)) {
                    cursor.advance(by: 1, columns: true)
                    remaining -= 1
                }
            case .indentedCode:
                if cursor.indent >= 4 {
                    cursor.advance(by: 4, columns: true)
                } else if cursor.isBlank {
                    cursor.advanceToFirstNonspace()
                } else {
                    break matching
                }
            case .html(let type):
                if type >= 6 && cursor.isBlank { break matching }
            case .paragraph:
                if cursor.isBlank { break matching }
            case .prose:
                break matching
            case .document, .list:
                break
            }
            depth += 1
        }
        let allMatched = depth == stack.count
        let lastMatched = depth - 1

        var container = lastMatched
        var opened = false
        var maybeLazy = stack[stack.count - 1].kind.isParagraph
        starts: while !stack[container].kind.isCodeOrHTML {
            cursor.findFirstNonspace()
            let indent = cursor.indent
            let indented = indent >= 4
            let start = cursor.firstNonspace
            let containerIsParagraph = stack[container].kind.isParagraph
            var fenceLength = 0
            var htmlType: Int?
            var listMarker: (ListMarker, Int)?

            if !indented && cursor.peek(start) == UInt8(ascii: ">") {
                cursor.advance(by: start + 1 - cursor.offset, columns: false)
                if LineCursor.isSpaceOrTab(cursor.peek(cursor.offset)) { cursor.advance(by: 1, columns: true) }
                container = addChild(.blockQuote, to: container, line: index, opened: &opened)
            } else if !indented && BlockScanners.isATXHeading(cursor.bytes, at: start) {
                container = addChild(.prose, to: container, line: index, opened: &opened)
                closeTop()
                return
            } else if !indented, ({ fenceLength = BlockScanners.openingFence(cursor.bytes, at: start); return fenceLength > 0 })() {
                let info = InfoString.decode(cursor.bytes[(start + fenceLength)...])
                let kind = OpenBlock.Kind.fencedCode(
                    character: cursor.peek(start), length: fenceLength, indent: start - cursor.offset, info: info)
                _ = addChild(kind, to: container, line: index, opened: &opened)
                return
            } else if !indented,
                      ({ htmlType = BlockScanners.htmlBlockStart(cursor.bytes, at: start, interruptsParagraph: containerIsParagraph || maybeLazy); return htmlType != nil })() {
                container = addChild(.html(type: htmlType!), to: container, line: index, opened: &opened)
            } else if !indented && containerIsParagraph && BlockScanners.isSetextUnderline(cursor.bytes, at: start) {
                if LinkReferenceDefinition.paragraphIsOnlyDefinitions(stack[container].content.map(\.text)) {
                    break starts
                }
                stack[container].lastLine = index
                closeTop()
                return
            } else if !indented && !(containerIsParagraph && !allMatched) && BlockScanners.isThematicBreak(cursor.bytes, at: start) {
                container = addChild(.prose, to: container, line: index, opened: &opened)
                closeTop()
                return
            } else if (!indented || stack[container].kind.isList) && indent < 4,
                      ({ listMarker = BlockScanners.listMarker(cursor.bytes, at: start, interruptsParagraph: containerIsParagraph); return listMarker != nil })() {
                let (marker, width) = listMarker!
                cursor.advance(by: start + width - cursor.offset, columns: false)
                let afterMarker = cursor
                while cursor.column - afterMarker.column <= 5 && LineCursor.isSpaceOrTab(cursor.peek(cursor.offset)) {
                    cursor.advance(by: 1, columns: true)
                }
                let spaces = cursor.column - afterMarker.column
                let padding: Int
                if spaces >= 5 || spaces < 1 || LineCursor.isLineEnd(cursor.peek(cursor.offset)) {
                    padding = width + 1
                    cursor = afterMarker
                    if spaces > 0 { cursor.advance(by: 1, columns: true) }
                } else {
                    padding = width + spaces
                }
                if stack[container].kind != .list(marker) {
                    container = addChild(.list(marker), to: container, line: index, opened: &opened)
                }
                container = addChild(.item(marker, contentOffset: indent + padding), to: container, line: index, opened: &opened)
            } else if indented && !maybeLazy && !cursor.isBlank {
                cursor.advance(by: 4, columns: true)
                container = addChild(.indentedCode, to: container, line: index, opened: &opened)
            } else {
                break starts
            }
            if stack[container].kind.isCode { break starts }
            maybeLazy = false
        }

        cursor.findFirstNonspace()
        let tip = stack.count - 1
        if !opened && tip != lastMatched && !cursor.isBlank && stack[tip].kind.isParagraph {
            stack[tip].lastLine = index
            cursor.advanceToFirstNonspace()
            stack[tip].content.append((index, cursor.remainder()))
            return
        }
        if !opened {
            while stack.count - 1 > lastMatched { closeTop() }
        }
        switch stack[container].kind {
        case .fencedCode, .indentedCode:
            stack[container].content.append((index, cursor.remainder()))
            stack[container].lastLine = index
        case .html(let type):
            stack[container].lastLine = index
            if BlockScanners.endsHTMLBlock(cursor.bytes, type: type, from: cursor.firstNonspace) { closeTop() }
        case .paragraph:
            stack[container].lastLine = index
            cursor.advanceToFirstNonspace()
            stack[container].content.append((index, cursor.remainder()))
        default:
            if !cursor.isBlank {
                let paragraph = addChild(.paragraph, to: container, line: index, opened: &opened)
                cursor.advanceToFirstNonspace()
                stack[paragraph].content.append((index, cursor.remainder()))
            }
        }
    }

    /// Opens a block under `parent` (closing what cannot hold it) and returns its stack index.
    private mutating func addChild(_ kind: OpenBlock.Kind, to parent: Int, line: Int, opened: inout Bool) -> Int {
        while stack.count - 1 > parent { closeTop() }
        while !stack[stack.count - 1].kind.canContain(kind) { closeTop() }
        stack[stack.count - 1].hasChildren = true
        stack.append(OpenBlock(kind: kind, line: line))
        opened = true
        return stack.count - 1
    }

    private mutating func closeTop() {
        let block = stack.removeLast()
        let isTopLevel = stack.count == 1
        func record(_ kind: MarkdownBlock.Kind, lastLine: Int, literal: String = "") {
            blocks.append(MarkdownBlock(kind: kind, firstLine: block.firstLine, lastLine: lastLine, isTopLevel: isTopLevel, literal: literal))
        }
        switch block.kind {
        case .fencedCode(let character, let length, let indent, let info):
            let fence = Fence(character: Character(Unicode.Scalar(character)), length: length, indent: indent, info: info, isClosed: block.isClosed)
            record(.fencedCode(fence), lastLine: block.lastLine, literal: Self.text(block.content.map(\.text)))
        case .indentedCode:
            var content = block.content
            while let last = content.last, last.text.allSatisfy({ $0 == .space || $0 == .tab || $0 == .newline || $0 == .carriageReturn }) {
                content.removeLast()
            }
            record(.indentedCode, lastLine: content.last?.line ?? block.firstLine, literal: Self.text(content.map(\.text)))
        case .html:
            record(.html, lastLine: block.lastLine)
        case .paragraph, .prose:
            record(.prose, lastLine: block.lastLine)
        case .document, .blockQuote, .list, .item:
            break
        }
    }

    private static func text(_ lines: [[UInt8]]) -> String {
        String(decoding: lines.joined(), as: UTF8.self)
    }
}

/// A block still open while the parser walks the lines.
private struct OpenBlock {
    enum Kind: Equatable {
        case document
        case blockQuote
        case list(ListMarker)
        case item(ListMarker, contentOffset: Int)
        case fencedCode(character: UInt8, length: Int, indent: Int, info: String)
        case indentedCode
        case html(type: Int)
        case paragraph
        case prose

        var isParagraph: Bool { self == .paragraph }
        var isList: Bool { if case .list = self { true } else { false } }
        var isCode: Bool {
            switch self {
            case .fencedCode, .indentedCode: true
            default: false
            }
        }
        var isCodeOrHTML: Bool {
            if case .html = self { return true }
            return isCode
        }

        func canContain(_ child: Kind) -> Bool {
            let childIsItem: Bool = if case .item = child { true } else { false }
            switch self {
            case .document, .blockQuote, .item: return !childIsItem
            case .list: return childIsItem
            default: return false
            }
        }
    }

    var kind: Kind
    var firstLine: Int
    var lastLine: Int
    var hasChildren = false
    var isClosed = false
    var content: [(line: Int, text: [UInt8])] = []

    init(kind: Kind, line: Int) {
        self.kind = kind
        self.firstLine = line
        self.lastLine = line
    }
}
