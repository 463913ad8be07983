import CKernels
import Foundation
@testable import MetricLab
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

    /// The factored sigmoids 1/(1 + b·a) eight lanes a register against the Swift expression, bit
    /// for bit, over every tail length, with factors from 0 to overflow, ±0, ∞ and NaN.
    @Test(.enabled(if: GEMM.kernel == .avx512, "no AVX-512 here: the loop runs in Swift"))
    func factoredSigmoidsGiveTheLoopsBits() throws {
        var rng = RNG(seed: 23)
        let a = [0, -0.0, .infinity, .nan, 1e-320, 1e308, 3] + (0 ..< 1_000).map { _ in Foundation.exp(40 * rng.uniform() - 20) }
        for b in [1.0, 0.37, 1e300, 0] {
            let loop = a.map { 1 / (1 + b * $0) }
            for n in [a.count] + Array(0 ... 17) {
                var s = [Double](repeating: -1, count: n)
                s.withUnsafeMutableBufferPointer { metriclab_reciprocal_one_plus_avx512(a, b, $0.baseAddress, n) }
                #expect(s.map(\.bitPattern) == loop.prefix(n).map(\.bitPattern), "b \(b), \(n) entries")
            }
        }
    }
}
