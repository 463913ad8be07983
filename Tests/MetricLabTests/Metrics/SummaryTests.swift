import MetricLab
import Testing

@Suite struct SummaryTests {
    /// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations summing to 32, so the sample variance is
    /// 32/7 (the population one would be 32/8 = 4, a standard deviation of exactly 2).
    @Test func meanAndSampleStandardDeviationByHand() {
        let summary = Summary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(summary.count == 8)
        #expect(summary.mean == 5)
        #expect(abs(summary.standardDeviation - (32.0 / 7).squareRoot()) < 1e-15)
        #expect(abs(summary.standardError - (32.0 / 7 / 8).squareRoot()) < 1e-15)
    }

    @Test func printsAsMeanPlusMinusStandardDeviation() {
        let summary = Summary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(summary.tableText(digits: 3) == "5.000 ± 2.138")
        #expect(summary.tableText(digits: 1) == "5.0 ± 2.1")
        #expect(summary.description == "5.000 ± 2.138")
    }

    /// One value has no spread to estimate, and no values have no mean: NaN, never a made-up 0.
    @Test func tooFewValuesAreNaNNotZero() {
        let one = Summary([0.25])
        #expect(one.mean == 0.25 && one.count == 1)
        #expect(one.standardDeviation.isNaN)
        #expect(one.tableText(digits: 2) == "0.25 ± NaN")
        let none = Summary([Double]())
        #expect(none.count == 0 && none.mean.isNaN && none.standardDeviation.isNaN)
    }

    @Test func equalValuesHaveNoSpread() {
        let summary = Summary(repeatElement(0.5, count: 4))
        #expect(summary.mean == 0.5 && summary.standardDeviation == 0)
    }
}
