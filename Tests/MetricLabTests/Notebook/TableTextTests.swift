import MetricLab
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
}
