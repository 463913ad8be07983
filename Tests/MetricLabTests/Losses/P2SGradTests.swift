import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// P2SGrad: the mean squared error of cosines against one-hot labels, W's columns normalised off the tape.
@Suite struct P2SGradTests {
    let points = Tensor([[1.0, 0.2], [-0.4, 1.2], [0.3, -0.9]])
    let labels = [0, 1, 1]
    /// Columns (2, 0) and (0, 0.5): unit vectors e₁ and e₂ once normalised (up to PML's 1e-7).
    let weights = Tensor([[2.0, 0], [0, 0.5]])

    func loss(_ x: Tensor, _ w: Tensor, labels: [Int]? = nil) throws -> Tensor {
        try P2SGrad()(x, labels: labels ?? self.labels, parameters: LossParameters(.classWeights, w))
    }

    @Test func valueByHand() throws {
        // cos θᵢⱼ = xᵢⱼ/‖xᵢ‖ times ‖wⱼ‖/(‖wⱼ‖ + 1e-7), the residue of PML's renorm.
        let shrink = [2 / (2 + 1e-7), 0.5 / (0.5 + 1e-7)]
        var sum = 0.0
        for i in 0 ..< 3 {
            let norm = hypot(points[i, 0], points[i, 1])
            for j in 0 ..< 2 {
                let c = points[i, j] / norm * shrink[j]
                sum += pow(c - (labels[i] == j ? 1 : 0), 2)
            }
        }
        #expect(try abs(loss(points, weights).scalar - sum / 6) < 1e-15)
        #expect(P2SGrad.paper.reducer == P2SGrad().reducer)
    }

    @Test func embeddingGradient() throws {
        let x = randomTensor(6, 3, seed: 41), w = randomTensor(3, 4, seed: 42)
        #expect(try gradientError(at: [x]) { try loss($0[0], w, labels: [0, 1, 2, 3, 1, 0]) } < 1e-6)
    }

    /// ∂L/∂wⱼ = 2/(nC) Σᵢ (cos θᵢⱼ − 𝟙[j = yᵢ]) x̂ᵢ (PML's gradient), and its part tangent to the
    /// unit sphere, over ‖wⱼ‖, is the derivative of the value, by central differences.
    @Test func weightGradient() throws {
        let x = randomTensor(6, 3, seed: 43), w = randomTensor(3, 4, seed: 44), labels = [0, 1, 2, 3, 1, 0]
        let (_, grads) = try valueWithGradient(at: [w]) { try loss(x, $0[0], labels: labels) }
        let g = grads[0]
        let columnNorms = (0 ..< 4).map { j in (0 ..< 3).reduce(0.0) { $0 + w[$1, j] * w[$1, j] }.squareRoot() }
        for j in 0 ..< 4 {
            let unit = (0 ..< 3).map { w[$0, j] / (columnNorms[j] + 1e-7) }
            var expected = [0.0, 0, 0]
            for i in 0 ..< 6 {
                let xi = x.row(i), norm = sqrt(xi.reduce(0) { $0 + $1 * $1 })
                let c = zip(xi, unit).reduce(0) { $0 + $1.0 * $1.1 } / norm
                for p in 0 ..< 3 { expected[p] += 2.0 / 24 * (c - (labels[i] == j ? 1 : 0)) * xi[p] / norm }
            }
            #expect(maxAbsDifference((0 ..< 3).map { g[$0, j] }, expected) < 1e-12)
            // The tangent part of g over ‖wⱼ‖ against differences of the loss in wⱼ.
            let radial = (0 ..< 3).reduce(0.0) { $0 + g[$1, j] * w[$1, j] } / (columnNorms[j] * columnNorms[j])
            let tangent = (0 ..< 3).map { (g[$0, j] - radial * w[$0, j]) / columnNorms[j] }
            let numeric = try (0 ..< 3).map { p -> Double in
                func shifted(_ h: Double) throws -> Double {
                    var s = w.scalars
                    s[p * 4 + j] += h
                    return try loss(x, Tensor(rows: 3, cols: 4, scalars: s), labels: labels).scalar
                }
                return (try shifted(1e-6) - shifted(-1e-6)) / 2e-6
            }
            #expect(maxAbsDifference(tangent, numeric) < 1e-6)
        }
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in [(Tensor([[0.3, -2.0]]), [1]), (points, [0, 0, 0]), (points, [0, 1, 0])] {
            let (value, grads) = try valueWithGradient(at: [x, weights]) { try loss($0[0], $0[1], labels: labels) }
            #expect(value.isFinite && grads.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        }
    }

    @Test func badInputsAreRefused() {
        expectRefused("embedding 1 is zero") { try loss(Tensor([[1, 0], [0, 0]]), weights, labels: [0, 1]) }
        expectRefused("column 1 of W") { try loss(points, Tensor([[1, 0], [0, 1e-6]])) }
        expectRefused("label 2 has no column in W") { try loss(points, weights, labels: [0, 2, 1]) }
        expectRefused("W has 3 rows") { try loss(points, randomTensor(3, 2, seed: 45)) }
        expectRefused("no classWeights") { try P2SGrad()(points, labels: labels) }
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [1], others: [2]), negative: PairIndices(anchors: [0], others: [1]))
        expectRefused("indices_tuple") {
            try P2SGrad()(LossBatch(points, labels: labels, tuples: tuples), parameters: LossParameters(.classWeights, weights))
        }
    }

    @Test func madeWeightsHaveUnitColumns() throws {
        var rng = RNG(seed: 7)
        let w = P2SGrad().makeParameters(embeddingSize: 5, classes: 3, using: &rng)[.classWeights]!
        #expect(w.rows == 5 && w.cols == 3)
        for j in 0 ..< 3 { #expect(abs((0 ..< 5).reduce(0.0) { $0 + w[$1, j] * w[$1, j] } - 1) < 1e-12) }
        #expect(try P2SGrad().weightRows(in: LossParameters(.classWeights, w))?.rows == 3)
    }
}
