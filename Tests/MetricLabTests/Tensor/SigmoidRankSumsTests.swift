import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Smooth-AP's and PNP's streamed soft ranks against the n × n × n sum written out, in the
/// factored form (a narrow row) and entry by entry (a row too wide for it at τ = 10⁻³).
@Suite struct SigmoidRankSumsTests {
    let x = randomTensor(5, 6, seed: 21, scale: 0.5)
    let targets = Mask(rows: 5, cols: 6) { ($0 + $1) % 2 == 0 }
    let others = Mask(rows: 5, cols: 6) { ($0 + 2 * $1) % 5 != 0 }

    @Test(arguments: [0.3, 1e-3])
    func valuesAreTheWrittenOutSum(temperature: Double) {
        let r = x.rowSigmoidRankSums(at: targets, over: others, temperature: temperature)
        for i in 0 ..< 5 {
            for k in 0 ..< 6 {
                var expected = 0.0
                if targets[i, k] {
                    for l in 0 ..< 6 where others[i, l] && l != k { expected += 1 / (1 + exp(-(x[i, l] - x[i, k]) / temperature)) }
                }
                #expect(abs(r[i, k] - expected) < 1e-13)
            }
        }
    }

    @Test(arguments: [0.3, 0.05])
    func gradientMatchesFiniteDifferences(temperature: Double) {
        let w = randomTensor(5, 6, seed: 22)
        #expect(gradientError(at: [x]) { ($0[0].rowSigmoidRankSums(at: targets, over: others, temperature: temperature) * w).sum() } < 1e-6)
        #expect(gradientError(at: [x]) { ($0[0].rowSigmoidRankSums(at: targets, over: targets, temperature: temperature) * w).sum() } < 1e-6)
    }
}
