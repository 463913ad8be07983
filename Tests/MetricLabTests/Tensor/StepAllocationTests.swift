import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The shortcuts a training step takes through its m×m work: label masks compared as dense codes,
/// row counts over bytes, gradients written fresh instead of added to zeros. Each gives the numbers the
/// long way gives.
@Suite struct StepAllocationTests {
    /// Label masks of one label list after another, and of labels far apart (renamed to dense codes), are each their labels' masks.
    @Test func labelMasksFollowTheirLabels() {
        let first = [0, 0, 1, 1], second = [0, 1, 1, 1]
        #expect(Mask.positivePairs(first) == Mask.positivePairs(first))
        #expect(Mask.positivePairs(second).bits == [false, false, false, false,
                                                     false, false, true, true,
                                                     false, true, false, true,
                                                     false, true, true, false])
        #expect(Mask.positivePairs(first).bits == [false, true, false, false,
                                                    true, false, false, false,
                                                    false, false, false, true,
                                                    false, false, true, false])
        // The same labels under the other rules: same label keeps the diagonal, different label is the rest.
        #expect(Mask.sameLabel(first).count == 8 && Mask.negativePairs(first).count == 8 && Mask.offDiagonal(4).count == 12)
        // Labels beyond 32 bits and negative ones compare as labels, not as their low bits.
        let far = [1 << 40, -7, (1 << 40) + 1, -7, 1 << 40]
        #expect(Mask.sameLabel(far) == Mask(rows: 5, cols: 5) { far[$0] == far[$1] })
        #expect(Mask.negativePairs(far) == Mask(rows: 5, cols: 5) { far[$0] != far[$1] })
    }

    /// Row counts, the total and whether a row has any, on rows of every length mod 8.
    @Test func countsOverBytes() {
        let mask = Mask(rows: 3, cols: 11) { i, j in (i + j) % (i + 2) == 0 }
        let expected = (0 ..< 3).map { i in (0 ..< 11).filter { (i + $0) % (i + 2) == 0 }.count }
        #expect(mask.rowCounts == expected && expected == [6, 3, 3])
        #expect(mask.count == 12)
        let sparse = Mask(rows: 3, cols: 5) { i, j in i == 1 && j == 4 }
        #expect(sparse.rowHasAny == [false, true, false] && sparse.rowCounts == [0, 1, 0] && sparse.count == 1)
    }

    /// The first gradient into an m×m node is written, not added: entries a masked op leaves out
    /// are exactly 0, and a second op's gradient adds onto the first.
    @Test func freshGradientsAreExactlyWhatAddingToZerosGives() {
        let x = randomTensor(6, 6, seed: 31)
        let mask = Mask(rows: 6, cols: 6) { ($0 + $1) % 3 == 0 }
        let (_, masked) = valueWithGradient(at: [x]) { $0[0].rowSums(where: mask).sum() }
        #expect(masked[0].scalars == mask.bits.map { $0 ? 1 : 0 })
        let (_, both) = valueWithGradient(at: [x]) { ($0[0].rowSums(where: mask) + $0[0].logSumExpRows(mask: mask, scale: 2)).sum() }
        let (_, lse) = valueWithGradient(at: [x]) { $0[0].logSumExpRows(mask: mask, scale: 2).sum() }
        #expect(both[0].scalars == zip(masked[0].scalars, lse[0].scalars).map { $0 + $1 })
        #expect(lse[0].scalars.enumerated().allSatisfy { mask.bits[$0.offset] || $0.element == 0 })
        #expect(gradientError(at: [x]) { ($0[0].rowSums(where: mask) * 0.5 + $0[0].logSumExpRows(mask: !mask, scale: -1.5)).sum() } < 1e-8)
    }

    /// The distances of 2-D points, written from their first coordinate's square, are the formula's.
    @Test func narrowDistancesMatchTheirFormula() {
        let a = randomTensor(5, 3, seed: 32), b = randomTensor(4, 3, seed: 33)
        let d = a.pairwiseSquaredDistances(b)
        for i in 0 ..< 5 { for j in 0 ..< 4 {
            let direct = (0 ..< 3).reduce(0.0) { s, p in let t = a[i, p] - b[j, p]; return s + t * t }
            #expect(d[i, j] == direct)
        } }
        #expect(a.pairwiseDistances().scalars.enumerated().allSatisfy { $0.offset % 6 != 0 || $0.element == 0 })
    }
}
