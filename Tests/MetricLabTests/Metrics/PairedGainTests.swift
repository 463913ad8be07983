import Foundation
import MetricLab
import Testing

@Suite struct PairedGainTests {
    /// Differences 1, 2, 3: mean 2, standard deviation 1, so the 95 % half-width is
    /// t_{0.975, 2} / √3 = 4.302653 / 1.732051 = 2.484138.
    @Test func gainIsTheMeanPairedDifferenceWithItsInterval() {
        let g = gain([1.5, 3, 4.25], over: [0.5, 1, 1.25])
        #expect(abs(g.mean - 2) < 1e-12)
        #expect(abs(g.halfWidth - 2.484138) < 1e-6)
        #expect(g.level == 0.95)
    }

    /// A shift shared by both methods on a seed cancels: the interval is that of the differences,
    /// narrower here than either method's own.
    @Test func aSeedHardForBothDoesNotWidenTheInterval() {
        let b = [0.2, 0.9, 0.4, 0.7]
        let a = b.map { $0 + 0.1 }
        let g = gain(a, over: b)
        #expect(abs(g.mean - 0.1) < 1e-12)
        #expect(g.halfWidth < 1e-12)
        #expect(Summary(a).confidenceInterval().halfWidth > 0.3)
    }
}
