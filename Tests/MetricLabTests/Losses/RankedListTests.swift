import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct RankedListTests {
    let labels = [0, 0, 1, 1, 2, 2, 0]
    let x = randomTensor(7, 3, seed: 41)
    let plain = RankedList(distance: Euclidean(normalized: false))

    /// Four points with plain distances: α = 1.2, α − m = 0.8, T_n = 10.
    @Test func valueByHand() throws {
        let points = Tensor([[0, 0], [1, 0], [0, 0.5], [0, 3]])
        let (alpha, inner, t) = (1.2, 0.8, 10.0)
        func negatives(_ d: [Double]) -> Double {
            let w = d.map { exp(t * (alpha - $0)) }
            return zip(w, d).reduce(0) { $0 + $1.0 * (alpha - $1.1) } / w.reduce(0, +)
        }
        let d12 = 1.25.squareRoot()
        let anchors = [
            (1 - inner) + negatives([0.5]),          // positive at 1; negative at 0.5 (3 is outside α)
            (1 - inner) + negatives([d12]),          // positive at 1; negative at √1.25
            (2.5 - inner) + negatives([0.5, d12]),   // positive at 2.5; both negatives inside α
            (2.5 - inner),                           // positive at 2.5; negatives at 3 and √10
        ]
        let expected = anchors.reduce(0, +) / 4
        #expect(try abs(plain(points, labels: [0, 0, 1, 1]).scalar - expected) < 1e-12)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [RankedList(), plain, RankedList(margin: 0.2, boundary: 1, temperature: 0, negativeWeight: 0.5)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
    }

    /// Positives inside α − m and negatives beyond α cost nothing.
    @Test func satisfiedConstraintsCostNothing() throws {
        let points = Tensor([[0, 0], [0.5, 0], [3, 0], [3.5, 0]])
        #expect(try plain(points, labels: [0, 0, 1, 1]).scalar == 0)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for labels in [[0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6]] {
            let (value, g) = try valueWithGradient(at: [x]) { try RankedList()($0[0], labels: labels) }
            #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
        }
        let same = Tensor(repeating: 1, rows: 4, cols: 2)
        let (value, g) = try valueWithGradient(at: [same]) { try RankedList(temperature: 1000)($0[0], labels: [0, 0, 1, 1]) }
        #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
    }
}

@Suite struct RankedListWeightingTests {
    let points = Tensor([[0, 0], [1, 0], [0, 0.5], [0, 3], [2, 0]])
    let labels = [0, 0, 1, 1, 0]

    /// With T_p the positives are weighted like the negatives: anchor 0's violating positives at
    /// distances 1 and 2 weigh e^{T_p (d − 0.8)}.
    @Test func positiveTemperatureWeighsThePositives() throws {
        let loss = RankedList(temperature: 0, positiveTemperature: 2, negativeWeight: 0, distance: Euclidean(normalized: false))
        let w = [1.0, 2].map { exp(2 * ($0 - 0.8)) }
        let anchor0 = (w[0] * 0.2 + w[1] * 1.2) / (w[0] + w[1])
        var perAnchorLoss = loss
        perAnchorLoss.reducer = .none
        let perAnchor = try perAnchorLoss(points, labels: labels)
        #expect(abs(perAnchor.scalars[0] - anchor0) < 1e-12)
    }

    /// PML's sums: 10⁻⁵ for each of the row's n entries in every denominator, and coinciding
    /// points left out.
    @Test func pmlNormalizationAddsASlackPerEntry() throws {
        let loss = RankedList(temperature: 0, negativeWeight: 0, distance: Euclidean(normalized: false), normalization: .pml, reducer: .none)
        let perAnchor = try loss(points, labels: labels)
        #expect(abs(perAnchor.scalars[0] - (0.2 + 1.2) / (2 + 5e-5)) < 1e-12)
        let coinciding = try loss(Tensor([[0, 0], [0, 0], [1, 0]]), labels: [0, 0, 1])
        #expect(coinciding.scalars == [0, 0, 0])
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let x = randomTensor(7, 3, seed: 44)
        for loss in [RankedList(positiveTemperature: 3), RankedList(positiveTemperature: 1, normalization: .pml)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: [0, 0, 1, 1, 2, 2, 0]) } < 1e-6)
        }
    }
}
