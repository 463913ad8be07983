import MetricLabTestSupport
import Testing

/// The χ² helpers the sampling miners' tests rest on, against textbook table values.
@Suite struct ChiSquareTests {
    @Test(arguments: [(1, 0.05, 3.841459), (10, 0.05, 18.307038), (10, 0.001, 29.588298), (100, 0.001, 149.449252)])
    func criticalValuesMatchTheTables(freedom: Int, significance: Double, value: Double) {
        #expect(abs(chiSquareCriticalValue(degreesOfFreedom: freedom, significance: significance) - value) < 1e-5)
    }

    @Test func statisticIsPearsons() {
        // (12 − 10)²/10 + (8 − 10)²/10 = 0.8.
        #expect(abs(chiSquareStatistic(observed: [12, 8], expected: [10, 10]) - 0.8) < 1e-15)
    }
}
