import Testing
@testable import NotebookKit

/// The fenced-code-block examples of the CommonMark spec (0.30, examples 119–147), plus its
/// examples of tabs in containers, as the project's own cases.
@Suite struct FenceParserSpecTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var markdown: String
        var expected: [(info: String, literal: String, topLevel: Bool)]
        var testDescription: String { name }
    }

    static func top(_ info: String, _ literal: String) -> (info: String, literal: String, topLevel: Bool) { (info, literal, true) }
    static func nested(_ info: String, _ literal: String) -> (info: String, literal: String, topLevel: Bool) { (info, literal, false) }

    static let cases: [Case] = [
        Case(name: "119 backticks", markdown: "```\n<\n >\n```\n", expected: [top("", "<\n >\n")]),
        Case(name: "120 tildes", markdown: "~~~\n<\n >\n~~~\n", expected: [top("", "<\n >\n")]),
        Case(name: "121 two backticks are inline code", markdown: "``\nfoo\n``\n", expected: []),
        Case(name: "122 tildes do not close backticks", markdown: "```\naaa\n~~~\n```\n", expected: [top("", "aaa\n~~~\n")]),
        Case(name: "123 backticks do not close tildes", markdown: "~~~\naaa\n```\n~~~\n", expected: [top("", "aaa\n```\n")]),
        Case(name: "124 shorter fence does not close", markdown: "````\naaa\n```\n``````\n", expected: [top("", "aaa\n```\n")]),
        Case(name: "125 shorter tilde fence does not close", markdown: "~~~~\naaa\n~~~\n~~~~\n", expected: [top("", "aaa\n~~~\n")]),
        Case(name: "126 unclosed at end of document", markdown: "```\n", expected: [top("", "")]),
        Case(name: "127 unclosed keeps everything", markdown: "`````\n\n```\naaa\n", expected: [top("", "\n```\naaa\n")]),
        Case(name: "128 block quote ends the fence", markdown: "> ```\n> aaa\n\nbbb\n", expected: [nested("", "aaa\n")]),
        Case(name: "129 blank lines kept", markdown: "```\n\n  \n```\n", expected: [top("", "\n  \n")]),
        Case(name: "130 empty block", markdown: "```\n```\n", expected: [top("", "")]),
        Case(name: "131 fence indent stripped", markdown: " ```\n aaa\naaa\n```\n", expected: [top("", "aaa\naaa\n")]),
        Case(name: "132 two-space indent stripped", markdown: "  ```\naaa\n  aaa\naaa\n  ```\n", expected: [top("", "aaa\naaa\naaa\n")]),
        Case(name: "133 three-space indent stripped", markdown: "   ```\n   aaa\n    aaa\n  aaa\n   ```\n", expected: [top("", "aaa\n aaa\naaa\n")]),
        Case(name: "134 four spaces make indented code", markdown: "    ```\n    aaa\n    ```\n", expected: [top("", "```\naaa\n```\n")]),
        Case(name: "135 closing fence may be indented", markdown: "```\naaa\n  ```\n", expected: [top("", "aaa\n")]),
        Case(name: "136 closing indent independent of opening", markdown: "   ```\naaa\n  ```\n", expected: [top("", "aaa\n")]),
        Case(name: "137 four-space closing fence is content", markdown: "```\naaa\n    ```\n", expected: [top("", "aaa\n    ```\n")]),
        Case(name: "138 backticks in a backtick info string", markdown: "``` ```\naaa\n", expected: []),
        Case(name: "139 closing fence has no info", markdown: "~~~~~~\naaa\n~~~ ~~\n", expected: [top("", "aaa\n~~~ ~~\n")]),
        Case(name: "140 fence interrupts a paragraph", markdown: "foo\n```\nbar\n```\nbaz\n", expected: [top("", "bar\n")]),
        Case(name: "141 between setext heading and ATX heading", markdown: "foo\n---\n~~~\nbar\n~~~\n# baz\n", expected: [top("", "bar\n")]),
        Case(name: "142 info string", markdown: "```ruby\ndef foo(x)\n  return 3\nend\n```\n", expected: [top("ruby", "def foo(x)\n  return 3\nend\n")]),
        Case(name: "143 long info string", markdown: "~~~~    ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n~~~~~~~\n",
             expected: [top("ruby startline=3 $%@#$", "def foo(x)\n  return 3\nend\n")]),
        Case(name: "144 punctuation info", markdown: "````;\n````\n", expected: [top(";", "")]),
        Case(name: "145 inline code, not a fence", markdown: "``` aa ```\nfoo\n", expected: []),
        Case(name: "146 tilde info may hold backticks", markdown: "~~~ aa ``` ~~~\nfoo\n~~~\n", expected: [top("aa ``` ~~~", "foo\n")]),
        Case(name: "147 closing fence cannot have info", markdown: "```\n``` aaa\n```\n", expected: [top("", "``` aaa\n")]),
        Case(name: "2 tab after spaces is indentation", markdown: " \tfoo\tbaz\t\tbim\n", expected: [top("", "foo\tbaz\t\tbim\n")]),
        Case(name: "5 tabs inside a list item", markdown: "- foo\n\n\t\tbar\n", expected: [nested("", "  bar\n")]),
        Case(name: "6 partly consumed tab in a block quote", markdown: ">\t\tfoo\n", expected: [nested("", "  foo\n")]),
        Case(name: "fence inside a list item", markdown: "- ```swift\n  let x = 1\n  ```\n", expected: [nested("swift", "let x = 1\n")]),
        Case(name: "list item ends an unclosed fence", markdown: "- ```\n  a\nb\n", expected: [nested("", "a\n")]),
        Case(name: "escaped info string", markdown: "``` sw\\ift\n```\n", expected: [top("sw\\ift", "")]),
        Case(name: "backslash escape in info", markdown: "``` a\\*b\n```\n", expected: [top("a*b", "")]),
        Case(name: "lazy line does not continue a fence", markdown: "> ```\nfoo\n", expected: [nested("", "")]),
        Case(name: "definitions alone make no setext heading", markdown: "[a]: /u\n===\n    code\n", expected: []),
        Case(name: "a lazy line cannot start an HTML block of type 7", markdown: "- foo\n<custom-tag>\n```\nx\n```\n", expected: [top("", "x\n")]),
    ]

    @Test(arguments: cases)
    func codeBlocks(_ example: Case) {
        let blocks = BlockParser.leafBlocks(in: example.markdown).compactMap(CodeBlockSummary.init)
        let expected = example.expected.map { CodeBlockSummary(info: $0.info, literal: $0.literal, isTopLevel: $0.topLevel) }
        #expect(blocks == expected)
    }

    @Test func closingFenceAndLinesAreRecorded() throws {
        let blocks = BlockParser.leafBlocks(in: "text\n\n```swift\nlet a = 1\n```\nmore\n")
        let fence = try #require(blocks.first { $0.fence != nil })
        #expect(fence.firstLine == 2)
        #expect(fence.lastLine == 4)
        #expect(fence.fence?.isClosed == true)
        #expect(fence.fence?.language == "swift")
    }
}
