@testable import MetricLab
import Testing

/// The lane-wise scan for NaN and infinities (of data sets' points and every training step's
/// numbers) finds the first one wherever it sits (in a lane block or the tail), and none among the
/// largest finite numbers.
@Suite struct FiniteScanTests {
    @Test(arguments: [0, 1, 7, 8, 9, 17, 1000])
    func findsTheFirstNonFiniteEntry(count: Int) {
        let finite = (0 ..< count).map { [Double.greatestFiniteMagnitude, -0.0, -1e308, 3.5][$0 % 4] }
        #expect(finite.firstNonFiniteIndex == nil)
        for bad in [Double.nan, .infinity, -.infinity] {
            for position in Set([0, count / 2, count - 1]) where position >= 0 && position < count {
                var x = finite
                x[position] = bad
                if position + 1 < count { x[count - 1] = .nan }
                #expect(x.firstNonFiniteIndex == position, "\(bad) at \(position) of \(count)")
            }
        }
    }
}
