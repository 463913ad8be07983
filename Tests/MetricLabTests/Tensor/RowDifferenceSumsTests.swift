import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Smooth-AP's and PNP's streamed rank sums against the n × n × n sum written out.
@Suite struct RowDifferenceSumsTests {
    let x = randomTensor(5, 6, seed: 21, scale: 0.5)
    let targets = Mask(rows: 5, cols: 6) { ($0 + $1) % 2 == 0 }
    let others = Mask(rows: 5, cols: 6) { ($0 + 2 * $1) % 5 != 0 }
    let sigmoid = TemperedSigmoid(temperature: 0.3)

    @Test func valuesAreTheWrittenOutSum() {
        let r = x.rowDifferenceSums(at: targets, over: others, sigmoid)
        for i in 0 ..< 5 {
            for k in 0 ..< 6 {
                var expected = 0.0
                if targets[i, k] {
                    for l in 0 ..< 6 where others[i, l] && l != k { expected += 1 / (1 + exp(-(x[i, l] - x[i, k]) / 0.3)) }
                }
                #expect(abs(r[i, k] - expected) < 1e-14)
            }
        }
    }

    @Test func gradientMatchesFiniteDifferences() {
        let w = randomTensor(5, 6, seed: 22)
        #expect(gradientError(at: [x]) { ($0[0].rowDifferenceSums(at: targets, over: others, sigmoid) * w).sum() } < 1e-6)
        #expect(gradientError(at: [x]) { ($0[0].rowDifferenceSums(at: targets, over: targets, sigmoid) * w).sum() } < 1e-6)
    }
}
