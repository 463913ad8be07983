import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct DynamicSoftMarginTests {
    let labels = [0, 1, 0, 2, 1, 0, 3, 1, 2]
    let x = randomTensor(9, 3, seed: 91)
    /// a = (1, 0) and p = (0, 1) of one class, n = (−1, 0): triplets (a, p, n) with x = √2 − 2 and
    /// (p, a, n) with x = √2 − √2 = 0.
    let first = Tensor([[1, 0], [0, 1], [-1, 0]])
    /// a = (1, 0) and p = (0.6, 0.8) of one class, n = (0, 1): x = √0.8 − √2 and √0.8 − √0.4.
    let second = Tensor([[1, 0], [0.6, 0.8], [0, 1]])

    /// The soft histogram written out on nodes −2 + 0.4k, k < 10 (PML's defaults), unnormalised.
    func histogram(_ values: [Double]) -> [Double] {
        (0 ..< 10).map { (k: Int) -> Double in
            let node = -2 + 0.4 * Double(k)
            return values.reduce(0) { (sum: Double, x: Double) in sum + max(0, 1 - abs(x - node) / 0.4) }
        }
    }

    /// (1/T) Σ CDF(⌊(x + 2)/0.4⌋) · x for a normalised histogram h.
    func weighted(_ values: [Double], by h: [Double]) -> Double {
        let cdf = h.indices.map { h[...$0].reduce(0, +) }
        return values.reduce(0) { $0 + cdf[Int(floor(($1 + 2) / 0.4))] * $1 } / Double(values.count)
    }

    func normalised(_ h: [Double]) -> [Double] { h.map { $0 / h.reduce(0, +) } }

    @Test func valueByHand() throws {
        let values = [sqrt(2.0) - 2, 0]
        let expected = weighted(values, by: normalised(histogram(values)))
        #expect(try abs(DynamicSoftMargin()(first, labels: [0, 0, 1]).scalar - expected) < 1e-12)
    }

    /// The second call weighs its triplets by the histogram of both batches: (1 − μ) of the first's
    /// (normalised) and μ of its own, normalised together.
    @Test func twoConsecutiveCalls() throws {
        var loss = DynamicSoftMargin(momentum: 0.3)
        let one = LossBatch(first, labels: [0, 0, 1]), two = LossBatch(second, labels: [0, 0, 1])
        loss = loss.advanced(past: one)
        let h1 = normalised(histogram([sqrt(2.0) - 2, 0]))
        #expect(maxAbsDifference(loss.histogram, h1) < 1e-12)
        let values = [sqrt(0.8) - sqrt(2.0), sqrt(0.8) - sqrt(0.4)]
        let h2 = normalised(zip(h1, histogram(values)).map { 0.7 * $0 + 0.3 * $1 })
        #expect(try abs(loss(two).scalar - weighted(values, by: h2)) < 1e-12)
        #expect(maxAbsDifference(loss.advanced(past: two).histogram, h2) < 1e-12)
        #expect(try abs(loss(two).scalar - DynamicSoftMargin(momentum: 0.3)(two).scalar) > 1e-3)
    }

    /// A difference exactly at m = −2 (identical positives, antipodal negative) sits on the first
    /// node: the loss is −2. A difference at the top of the range, +2 (antipodal positives, the
    /// negative on the anchor), is past PML's last node (1.6), where PML fails: it counts wholly at
    /// the last node and weighs by the whole CDF; the other triplet's 0 weighs by CDF(5) = 1/2.
    @Test func edgesOfTheRangeAreFinite() throws {
        let bottom = Tensor([[1, 0], [1, 0], [-1, 0]]), top = Tensor([[1, 0], [-1, 0], [1, 0]])
        for (points, expected) in [(bottom, -2.0), (top, (1 * 2 + 0.5 * 0) / 2)] {
            let (value, g) = try valueWithGradient(at: [points]) { try DynamicSoftMargin()($0[0], labels: [0, 0, 1]) }
            #expect(abs(value - expected) < 1e-12)
            #expect(g[0].scalars.allSatisfy { $0.isFinite })
        }
        let below = DynamicSoftMargin(minimum: -1, bins: 4)
        let (value, g) = try valueWithGradient(at: [bottom]) { try below($0[0], labels: [0, 0, 1]) }
        #expect(abs(value - -2) < 1e-12 && g[0].scalars.allSatisfy(\.isFinite))
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        var trained = DynamicSoftMargin(minimum: -2.5, bins: 16, momentum: 0.2)
        trained = trained.advanced(past: LossBatch(randomTensor(9, 3, seed: 92), labels: labels))
        for loss in [DynamicSoftMargin(), DynamicSoftMargin(minimum: -4, bins: 7, power: 2), trained] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
        let mined = DynamicSoftMargin().mined(by: BatchHardTriplets())
        #expect(try gradientError(at: [x]) { try mined($0[0], labels: labels) } < 1e-6)
    }

    /// Mined, the histogram is advanced with the miner's triplets, as PML's forward sees them.
    @Test func minedLossAdvancesWithTheMinersTriplets() throws {
        let batch = LossBatch(x, labels: labels)
        let miner = BatchHardTriplets()
        var rng = batch.generator
        var minedBatch = batch
        minedBatch.tuples = try miner.mine(batch.miningBatch, using: &rng)
        let advanced = DynamicSoftMargin().mined(by: miner).advanced(past: batch).base.histogram
        #expect(advanced == DynamicSoftMargin().advanced(past: minedBatch).histogram)
        #expect(advanced != DynamicSoftMargin().advanced(past: batch).histogram)
    }

    /// One class has no negatives, classes of one no positives, a batch of one neither: no triplet,
    /// a loss of 0, and the histogram stays as it was.
    @Test func degenerateBatches() throws {
        for (points, labels) in [(x, [Int](repeating: 0, count: 9)), (x, Array(0 ..< 9)), (randomTensor(1, 3, seed: 2), [0])] {
            let (value, g) = try valueWithGradient(at: [points]) { try DynamicSoftMargin()($0[0], labels: labels) }
            #expect(value == 0 && g[0].scalars.allSatisfy { $0 == 0 })
            #expect(DynamicSoftMargin().advanced(past: LossBatch(points, labels: labels)).histogram.isEmpty)
        }
    }

    @Test func badConfigurationIsNamed() {
        #expect(throws: LossError("dynamic soft margin", "needs 1 to 1000000 bins, got 0")) { try DynamicSoftMargin(bins: 0)(x, labels: labels) }
        #expect(throws: LossError("dynamic soft margin", "the lowest difference m sets the bin width 2|m|/B: it must be finite and not 0, got 0.0")) {
            try DynamicSoftMargin(minimum: 0)(x, labels: labels)
        }
        #expect(throws: LossError("dynamic soft margin", "the momentum μ weighs the batch against the past: it must lie in [0, 1], got 1.5")) {
            try DynamicSoftMargin(momentum: 1.5)(x, labels: labels)
        }
    }

    @Test func paperSetting() {
        #expect(DynamicSoftMargin.paper.bins == 512 && DynamicSoftMargin.paper.minimum == -2 && DynamicSoftMargin.paper.momentum == 0.01)
    }
}
