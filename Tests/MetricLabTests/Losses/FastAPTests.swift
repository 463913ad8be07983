import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct FastAPTests {
    let labels = [0, 1, 0, 2, 1, 0, 3, 1]  // class 2 and 3 have a single example: no positives
    let x = randomTensor(8, 3, seed: 51)

    /// FastAP written out: the triangular kernel at every node, running sums, the ratio per bin.
    func byFormula(_ x: Tensor, _ labels: [Int], bins: Int, power: Double) -> Double {
        let n = labels.count
        let rows = x.rowArrays.map { r in r.map { $0 / r.reduce(0) { $0 + $1 * $1 }.squareRoot() } }
        let delta = pow(2, power) / Double(bins)
        var terms: [Double] = []
        for i in 0 ..< n {
            var hPositive = [Double](repeating: 0, count: bins + 1), hNegative = hPositive
            for j in 0 ..< n where j != i {
                let d = pow(zip(rows[i], rows[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }, power / 2)
                for b in 0 ... bins {
                    let pulse = max(0, 1 - abs(d - Double(b) * delta) / delta)
                    if labels[j] == labels[i] { hPositive[b] += pulse } else { hNegative[b] += pulse }
                }
            }
            let positives = labels.indices.filter { $0 != i && labels[$0] == labels[i] }.count
            guard positives > 0 else { continue }
            var (below, total, precision) = (0.0, 0.0, 0.0)
            for b in 0 ... bins {
                below += hPositive[b]
                total += hPositive[b] + hNegative[b]
                if hPositive[b] * below > 0 && total > 0 { precision += hPositive[b] * below / total }
            }
            terms.append(1 - precision / Double(positives))
        }
        return terms.reduce(0, +) / Double(terms.count)
    }

    /// Four unit vectors at 0°, 60°, 180°, 240°, each with its antipode as its class: every anchor
    /// sees its negatives at squared distances 1 and 3 and its positive at 4. With 5 bins (Δ = 0.8)
    /// the positive sits wholly at the last node, after all the negative mass (total 3 there), so
    /// FastAP = 1 · 1 / 3 for every anchor.
    @Test func valueByHand() throws {
        let h = 3.0.squareRoot() / 2
        let points = Tensor([[1, 0], [0.5, h], [-1, 0], [-0.5, -h]])
        let value = try FastAP(bins: 5)(points, labels: [0, 1, 0, 1]).scalar
        #expect(abs(value - (1 - 1.0 / 3)) < 1e-12)
    }

    @Test func valueIsTheFormula() throws {
        for (bins, power) in [(10, 2.0), (4, 1.0), (7, 3.0)] {
            let value = try FastAP(bins: bins, power: power)(x, labels: labels).scalar
            #expect(abs(value - byFormula(x, labels, bins: bins, power: power)) < 1e-12)
        }
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [FastAP(), FastAP(bins: 3, power: 1), FastAP(bins: 25, reducer: .sum)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
        let mined = FastAP().mined(by: BatchHardTriplets())
        #expect(try gradientError(at: [x]) { try mined($0[0], labels: labels) } < 1e-6)
    }

    /// One class ranks only positives (AP 1, up to rounding); classes of one and a batch of one have no anchor.
    @Test func degenerateBatches() throws {
        for (points, labels) in [(x, [Int](repeating: 4, count: 8)), (x, Array(0 ..< 8)), (randomTensor(1, 3, seed: 2), [0])] {
            let (value, g) = try valueWithGradient(at: [points]) { try FastAP()($0[0], labels: labels) }
            #expect(abs(value) < 1e-12 && g[0].scalars.allSatisfy { abs($0) < 1e-12 })
        }
    }

    @Test func badConfigurationIsNamed() {
        #expect(throws: LossError("FastAP", "needs 1 to 1000000 bins, got 0")) { try FastAP(bins: 0)(x, labels: labels) }
        #expect(throws: LossError("FastAP", "the distance's power must be positive, got -1.0")) { try FastAP(power: -1)(x, labels: labels) }
        #expect(throws: LossError.self) { try FastAP()(LossBatch(views: x, x)) }
    }
}
