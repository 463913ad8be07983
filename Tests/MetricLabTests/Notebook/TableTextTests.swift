@testable import MetricLab
import Testing

@Suite struct TableTextTests {
    @Test func numbersKeepTheirDecimalsAndZeroHasNoSign() {
        #expect(1.23456.tableText(digits: 3) == "1.235")
        #expect((-0.5).tableText(digits: 2) == "-0.50")
        #expect((-0.0).tableText(digits: 3) == "0.000")
        #expect((-0.0001).tableText(digits: 3) == "0.000")
        #expect(Double.nan.tableText(digits: 3) == "NaN")
        #expect((-Double.infinity).tableText(digits: 3) == "−∞")
    }

    @Test func cellsShowTheirTextAndCannotBreakTheTableOrInject() {
        let table = MarkdownTable(columns: ["<b>name</b>", "a|b"], rows: [["<img src=x onerror=alert(1)>", "x\\|y"], ["*not* _emphasis_ `code` [link](u) ~~s~~ $m$ &lt;", "two\nlines"]]).text
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].contains("| \\<b>name\\</b> ") && lines[0].contains("| a\\|b "))
        #expect(lines[2].contains("| \\<img src=x onerror=alert(1)> ") && lines[2].contains("| x\\\\\\|y "))
        #expect(lines[3].contains("| \\*not\\* \\_emphasis\\_ \\`code\\` \\[link\\](u) \\~\\~s\\~\\~ \\$m\\$ \\&lt; | two lines "))
        #expect(lines.allSatisfy { Self.cellDelimiters(in: $0) == 3 })
    }

    /// The pipes that end a cell: those not escaped by an odd run of backslashes.
    static func cellDelimiters(in line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for c in line {
            if c == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = c == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    @Test func plainValuesAreUnchanged() {
        #expect(MarkdownTable(columns: ["loss", "NMI"], rows: [["triplet, semi-hard", "0.930"]]).text == "| loss               |   NMI |\n| ------------------ | ----: |\n| triplet, semi-hard | 0.930 |")
    }
}
