import Foundation
import Testing
@testable import NotebookKit

/// A program's standard error kept within bounds: head, tail and a note of what was cut.
@Suite struct StandardErrorTailTests {
    @Test func shortTextIsKeptWhole() {
        var kept = StandardErrorTail(headLimit: 4, tailLimit: 6)
        kept.append(Array("abc".utf8))
        kept.append(Array("defgh".utf8))
        #expect(kept.text == "abcdefgh")
    }

    /// 26 letters written a few at a time through limits of 4 and 6: the first 4, the last 6,
    /// and the 16 between them counted.
    @Test func longTextKeepsItsHeadAndTailAndCountsTheRest() {
        var kept = StandardErrorTail(headLimit: 4, tailLimit: 6)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for start in stride(from: 0, to: letters.count, by: 3) {
            kept.append(letters[start ..< min(start + 3, letters.count)])
        }
        #expect(kept.text == "abcd\n[… 16 bytes of standard error not kept …]\nuvwxyz")
    }
}
