import Foundation
import MetricLab
import Testing

@Suite struct ConfidenceIntervalTests {
    /// Tables of Student's t (e.g. NIST/SEMATECH e-Handbook, Table 1.3.6.7.2), to the digits printed there.
    @Test(arguments: [(0.975, 1.0, 12.706205), (0.975, 2, 4.302653), (0.975, 4, 2.776445), (0.975, 9, 2.262157),
                      (0.975, 29, 2.045230), (0.95, 10, 1.812461), (0.995, 30, 2.749996), (0.90, 5, 1.475884)])
    func quantileMatchesPublishedTables(probability: Double, degreesOfFreedom: Double, tabled: Double) {
        let t = StudentT(degreesOfFreedom: degreesOfFreedom).quantile(probability)
        #expect(abs(t - tabled) < 1e-6, "t_{\(probability), \(degreesOfFreedom)} = \(t), tabled \(tabled)")
        #expect(abs(StudentT(degreesOfFreedom: degreesOfFreedom).quantile(1 - probability) + t) < 1e-12)
    }

    /// One and two degrees of freedom have closed forms: tan(π(p − ½)) (the Cauchy distribution)
    /// and (2p − 1)/√(2p(1 − p)).
    @Test func quantileMatchesClosedForms() {
        for p in [0.6, 0.75, 0.9, 0.975, 0.999] {
            let cauchy = StudentT(degreesOfFreedom: 1)
            #expect(abs(cauchy.quantile(p) - tan(Double.pi * (p - 0.5))) < 1e-9 * max(1, tan(Double.pi * (p - 0.5))))
            #expect(abs(cauchy.cumulativeProbability(tan(Double.pi * (p - 0.5))) - p) < 1e-14)
            #expect(abs(StudentT(degreesOfFreedom: 2).quantile(p) - (2 * p - 1) / (2 * p * (1 - p)).squareRoot()) < 1e-9)
        }
        #expect(StudentT(degreesOfFreedom: 3).quantile(0.5) == 0)
    }

    /// Many degrees of freedom approach the normal distribution's 1.959964.
    @Test func manyDegreesOfFreedomApproachTheNormal() {
        let t = StudentT(degreesOfFreedom: 1e6).quantile(0.975)
        #expect(abs(t - 1.959964) < 1e-5 && t > 1.959964)
    }

    /// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, standard error √(32/7/8), t_{0.975, 7} = 2.364624.
    @Test func intervalIsMeanPlusMinusTTimesStandardError() {
        let interval = Summary([2, 4, 4, 4, 5, 5, 7, 9]).confidenceInterval(level: 0.95)
        let halfWidth = 2.364624 * (32.0 / 7 / 8).squareRoot()
        #expect(interval.mean == 5 && interval.level == 0.95)
        #expect(abs(interval.halfWidth - halfWidth) < 1e-5)
        #expect(abs(interval.lower - (5 - halfWidth)) < 1e-5 && abs(interval.upper - (5 + halfWidth)) < 1e-5)
        #expect(interval.contains(3.3) && !interval.contains(3.1))
        #expect(interval.tableText(digits: 2) == "5.00 [3.21, 6.79]")
        // A higher level widens the interval.
        #expect(Summary([2, 4, 4, 4, 5, 5, 7, 9]).confidenceInterval(level: 0.99).halfWidth > interval.halfWidth)
    }

    /// One value gives no spread: the interval is undefined (NaN), never a point.
    @Test func oneValueHasNoInterval() {
        let interval = Summary([0.4]).confidenceInterval()
        #expect(interval.mean == 0.4 && interval.halfWidth.isNaN && !interval.contains(0.4))
        #expect(interval.tableText(digits: 2) == "0.40 [NaN, NaN]")
    }
}
