import MetricLab
import Testing

@Suite struct SignificanceTests {
    @Test func signFlipCountsTheFlipsThatReachTheObservedSum() {
        // Only all-plus and all-minus reach |1 + 2 + 3| = 6: 2 of 8 flips.
        #expect(Significance.signFlipPValue([1, 2, 3]) == 0.25)
        // ±3 ±1 ±2 reaches |4| with sums 6, 4, −4, −6: 4 of 8.
        #expect(Significance.signFlipPValue([3, -1, 2]) == 0.5)
        // Ten differences of one sign: the smallest p-value ten pairs can give.
        #expect(Significance.signFlipPValue((1 ... 10).map(Double.init)) == 2.0 / 1024)
        #expect(Significance.signFlipPValue([0, 0]) == 1)
    }

    @Test func signFlipIsSymmetricInSign() {
        let d = [0.3, -0.1, 0.25, 0.05, -0.02]
        #expect(Significance.signFlipPValue(d) == Significance.signFlipPValue(d.map { -$0 }))
    }

    @Test func holmMultipliesByTheRemainingCountAndKeepsTheOrder() {
        let adjusted = Significance.holmAdjusted([0.01, 0.04, 0.03])
        #expect(zip(adjusted, [0.03, 0.06, 0.06]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(Significance.holmAdjusted([0.5, 0.6]) == [1, 1])
        #expect(Significance.holmAdjusted([0.002]) == [0.002])
        #expect(Significance.holmAdjusted([]).isEmpty)
    }
}
