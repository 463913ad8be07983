import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct HistogramLossTests {
    let labels = [0, 1, 0, 2, 1, 0, 3, 1, 1]  // classes 2 and 3 have one example each
    let x = randomTensor(9, 3, seed: 61)

    /// The loss written out: every triplet listed, its two pairs kept once each, the soft histograms
    /// by the kernel max(0, 1 − |s − t_r|/Δ), and Σ_r h⁻_r Φ⁺_r.
    func byFormula(_ x: Tensor, _ labels: [Int], delta: Double) -> Double {
        let s = x.cosineSimilarities().detached, n = labels.count
        var positive = Set<[Int]>(), negative = Set<[Int]>()
        for a in 0 ..< n {
            for p in 0 ..< n where p != a && labels[p] == labels[a] {
                for q in 0 ..< n where labels[q] != labels[a] {
                    positive.insert([min(a, p), max(a, p)])
                    negative.insert([min(a, q), max(a, q)])
                }
            }
        }
        let nodes = Int((1 + 2 / delta).rounded())
        // Past the last node (when 2/Δ is not whole) a similarity counts wholly at it.
        func similarity(_ pair: [Int]) -> Double { min(s[pair[0], pair[1]], -1 + Double(nodes - 1) * delta) }
        func density(_ pairs: Set<[Int]>) -> [Double] {
            (0 ..< nodes).map { r in
                pairs.reduce(0) { $0 + max(0, 1 - abs(similarity($1) - (-1 + Double(r) * delta)) / delta) } / Double(pairs.count)
            }
        }
        let (hPositive, hNegative) = (density(positive), density(negative))
        var (phi, loss) = (0.0, 0.0)
        for r in 0 ..< nodes {
            phi += hPositive[r]
            loss += hNegative[r] * phi
        }
        return loss
    }

    /// Unit vectors a = (1, 0), b = (0.6, 0.8), c = (0, 1), d = (−1, 0), classes {a, b} and {c, d}:
    /// positive similarities 0.6 and 0, negative ones 0, −1, 0.8, −0.6. With Δ = 0.5 (nodes −1, −0.5,
    /// 0, 0.5, 1): h⁺ = (0, 0, 0.5, 0.4, 0.1), Φ⁺ = (0, 0, 0.5, 0.9, 1), h⁻ = (1.2, 0.8, 1, 0.4, 0.6)/4,
    /// so L = 0.25 · 0.5 + 0.1 · 0.9 + 0.15 · 1.
    @Test func valueByHand() throws {
        let points = Tensor([[1, 0], [0.6, 0.8], [0, 1], [-1, 0]])
        let value = try HistogramLoss(bins: 4)(points, labels: [0, 0, 1, 1]).scalar
        #expect(abs(value - (0.125 + 0.09 + 0.15)) < 1e-12)
    }

    @Test func valueIsTheFormula() throws {
        for delta in [0.02, 0.1, 0.3, 0.45] {
            #expect(try abs(HistogramLoss(delta: delta)(x, labels: labels).scalar - byFormula(x, labels, delta: delta)) < 1e-12)
        }
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [HistogramLoss(), HistogramLoss(bins: 7), HistogramLoss(delta: 0.3)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
        let mined = HistogramLoss(bins: 20).mined(by: TripletMarginMiner(margin: 0.2, kind: .semiHard))
        #expect(try gradientError(at: [x]) { try mined($0[0], labels: labels) } < 1e-6)
    }

    /// Without a positive pair or a negative pair there is no triplet and no loss. Two identical
    /// positives (similarity 1, where PML indexes past its histogram) count at the last node.
    @Test func degenerateBatches() throws {
        for (points, labels) in [(x, [Int](repeating: 1, count: 9)), (x, Array(0 ..< 9)), (randomTensor(1, 3, seed: 2), [0])] {
            let (value, g) = try valueWithGradient(at: [points]) { try HistogramLoss()($0[0], labels: labels) }
            #expect(value == 0 && g[0].scalars.allSatisfy { $0 == 0 })
        }
        let twins = Tensor([[1, 2], [1, 2], [-1, 0.5]])
        let (value, g) = try valueWithGradient(at: [twins]) { try HistogramLoss(bins: 4)($0[0], labels: [0, 0, 1]) }
        #expect(value == 0 && g[0].scalars.allSatisfy(\.isFinite))
    }

    @Test func badConfigurationIsNamed() {
        #expect(throws: LossError("histogram", "the bin width Δ = 2/bins must be positive and finite, got inf")) {
            try HistogramLoss(bins: 0)(x, labels: labels)
        }
        #expect(throws: LossError("histogram", "the bin width Δ = 2/bins must be positive and finite, got -0.1")) {
            try HistogramLoss(delta: -0.1)(x, labels: labels)
        }
    }
}
