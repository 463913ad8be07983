import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct PNPTests {
    let labels = [0, 1, 0, 2, 1, 0, 3, 1, 2]  // class 3 has one example: it is no query
    let x = randomTensor(9, 3, seed: 81)
    let variants: [PNP.Variant] = [.plain, .decreasingSlowly, .decreasingQuickly(alpha: 3), .increasingUnbounded, .increasingBounded(b: 2)]

    /// Unit vectors at 0°, 100° (class 0) and 30°, 220° (class 1), at τ = 10⁻⁴ where the sigmoid is a
    /// step. Negatives ranked above each positive: query 0° — none above itself, 30° above 100°;
    /// query 100° — none, 30° above 0°; query 30° — none, 0° and 100° above 220°; query 220° —
    /// none, 100° and 0° above 30°. So each query has counts R = 0 and R = 1 (class 0) or 2 (class 1).
    @Test func valuesByHand() throws {
        let points = Tensor([0.0, 100, 30, 220].map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        func meanOver(_ g: (Double) -> Double) -> Double { ((g(0) + g(1)) / 2 + (g(0) + g(2)) / 2) / 2 }
        let expected: [(PNP.Variant, Double)] = [
            (.plain, meanOver { $0 }),
            (.decreasingSlowly, meanOver { log(1 + $0) }),
            (.decreasingQuickly(alpha: 2), 1 - meanOver { 1 / pow(1 + $0, 2) }),
            (.increasingUnbounded, meanOver { (1 + $0) * log(1 + $0) }),
            (.increasingBounded(b: 2), meanOver { (2 * $0 - log(1 + 2 * $0)) / 4 }),
        ]
        for (variant, value) in expected {
            #expect(try abs(PNP(variant: variant, temperature: 1e-4)(points, labels: [0, 0, 1, 1]).scalar - value) < 1e-12)
        }
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for variant in variants {
            #expect(try gradientError(at: [x]) { try PNP(variant: variant, temperature: 0.1)($0[0], labels: labels) } < 1e-6)
        }
    }

    /// One class has no negatives (no count), classes of one and a batch of one no query.
    @Test func degenerateBatches() throws {
        for variant in variants {
            for (points, labels) in [(x, [Int](repeating: 2, count: 9)), (x, Array(0 ..< 9)), (randomTensor(1, 3, seed: 2), [0])] {
                let (value, g) = try valueWithGradient(at: [points]) { try PNP(variant: variant)($0[0], labels: labels) }
                #expect(value == 0 && g[0].scalars.allSatisfy { $0 == 0 })
            }
        }
    }

    @Test func badConfigurationIsNamed() {
        #expect(throws: LossError("PNP", "the temperature τ must be positive, got -1.0")) { try PNP(temperature: -1)(x, labels: labels) }
        #expect(throws: LossError("PNP", "PNP-I_b needs a positive b, got 0.0")) { try PNP(variant: .increasingBounded(b: 0))(x, labels: labels) }
        #expect(throws: LossError("PNP", "takes no mined tuples (PML refuses an indices_tuple for this loss)")) {
            try PNP().mined(by: BatchHardTriplets())(x, labels: labels)
        }
    }
}
