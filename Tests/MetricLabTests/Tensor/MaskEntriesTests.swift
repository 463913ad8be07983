@testable import MetricLab
import MetricLabTestSupport
import Testing

/// A mask's set entries listed row after row, against the rule read entry by entry: on masks too
/// small to split and on ones whose rows are split over the cores (from 2¹⁶ entries), with empty
/// and full rows, and rows whose last entries are unset (where the listing writes to its spare).
@Suite struct MaskEntriesTests {
    @Test(arguments: [(0, 5), (4, 0), (1, 1), (3, 7), (40, 33), (300, 260), (257, 511)])
    func entriesAreTheSetPairsInRowOrder(rows: Int, cols: Int) {
        let mask = Mask(rows: rows, cols: cols) { i, j in
            i % 7 == 3 ? false : i % 11 == 5 ? true : (i * 131 + j * j * 7919) % 5 < 2 && j < cols - 2
        }
        var expected: [(Int, Int)] = []
        for i in 0 ..< rows { for j in 0 ..< cols where mask[i, j] { expected.append((i, j)) } }
        #expect(mask.entries.map { [$0.0, $0.1] } == expected.map { [$0.0, $0.1] })
        #expect(mask.entryRows == expected.map(\.0))
        let pairs = PairIndices(mask)
        #expect(pairs.anchors == expected.map(\.0) && pairs.others == expected.map(\.1))
    }

    @Test func aFullAndAnEmptyMask() {
        let full = Mask(rows: 300, cols: 300) { _, _ in true }, empty = Mask(rows: 300, cols: 300) { _, _ in false }
        #expect(PairIndices(full).count == 90_000 && PairIndices(full).others.suffix(2) == [298, 299])
        #expect(PairIndices(empty).count == 0 && empty.entries.isEmpty && empty.entryRows.isEmpty)
    }
}
