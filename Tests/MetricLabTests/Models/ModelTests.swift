import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct ModelTests {
    @Test func freePointsAreTheirOwnParameters() {
        let data = Dataset(name: "three", points: Tensor([[0, 1], [2, 3], [4, 5]]), labels: [0, 1, 0])
        var rng = RNG(seed: 0)
        let model = FreeEmbedding.free
        let p = model.initialParameters(for: data, using: &rng)
        #expect(model(Tensor.zeros(2, 2), indices: [2, 0], parameters: p).scalars == [4, 5, 0, 1])
    }

    /// A hand-set 1-2-1 network: tanh(x·w1 + b1)·w2 + b2.
    @Test func mlpForward() {
        let model = MLP([1, 2, 1], activation: .tanh)
        let p = [Tensor([[1, -1]]), Tensor([[0, 0.5]]), Tensor([[2], [3]]), Tensor([[0.25]])]
        let y = model(Tensor([[0.3]]), indices: [0], parameters: p)
        let expected = 2 * tanh(0.3) + 3 * tanh(-0.3 + 0.5) + 0.25
        #expect(abs(y.scalar - expected) < 1e-15)
    }

    @Test func mlpInitialisationShapesAndBounds() {
        var rng = RNG(seed: 5)
        let p = MLP([2, 64, 64, 2]).initialParameters(for: toy, using: &rng)
        #expect(p.map(\.rows) == [2, 1, 64, 1, 64, 1])
        #expect(p.map(\.cols) == [64, 64, 64, 64, 2, 2])
        #expect(p[2].scalars.allSatisfy { abs($0) <= 1 / 8 })
        #expect(p[0].scalars.contains { abs($0) > 0.5 })
    }

    @Test func normalisedMLPLandsOnTheUnitCircle() {
        var rng = RNG(seed: 2)
        let model = MLP([2, 8, 2], normalized: true)
        let y = model(randomTensor(5, 2, seed: 3), indices: Array(0 ..< 5), parameters: model.initialParameters(for: toy, using: &rng))
        for i in 0 ..< 5 { #expect(abs(y.row(i).reduce(0) { $0 + $1 * $1 } - 1) < 1e-12) }
    }

    /// Gradients reach every layer of the MLP correctly.
    @Test func mlpGradient() {
        var rng = RNG(seed: 4)
        let model = MLP([2, 5, 3, 2], activation: .tanh, normalized: true)
        let x = randomTensor(6, 2, seed: 9)
        let err = gradientError(at: model.initialParameters(for: toy, using: &rng)) { p in
            model(x, indices: Array(0 ..< 6), parameters: p).pairwiseDistances().sum()
        }
        #expect(err < 1e-6)
    }

    @Test func linearStartsNearTheIdentity() {
        var rng = RNG(seed: 1)
        let w = Linear().initialParameters(for: toy, using: &rng)[0]
        #expect(maxAbsDifference(w.scalars, [1, 0, 0, 1]) < 0.05)
    }
}

private let toy = Dataset(name: "toy", points: Tensor([[0, 0]]), labels: [0])

private func tanh(_ x: Double) -> Double { Tensor(x).tanh().scalar }
