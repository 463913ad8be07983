import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Every op's gradient against central differences, through a weighted sum so that each output
/// entry gets its own gradient.
@Suite struct TensorGradientTests {
    let x = randomTensor(4, 3, seed: 1)
    let y = randomTensor(4, 3, seed: 2)
    let positive = Tensor(rows: 4, cols: 3, scalars: randomTensor(4, 3, seed: 3).scalars.map { abs($0) + 0.5 })

    /// Σ w ⊙ t with fixed random weights: every output entry reaches the scalar with its own weight.
    func weighted(_ t: Tensor) -> Tensor {
        (t * randomTensor(t.rows, t.cols, seed: 99)).sum()
    }

    func check(_ points: [Tensor], _ f: @escaping ([Tensor]) -> Tensor) {
        #expect(gradientError(at: points) { weighted(f($0)) } < 1e-6)
    }

    @Test func arithmeticSameShape() {
        check([x, y]) { $0[0] + $0[1] }
        check([x, y]) { $0[0] - $0[1] }
        check([x, y]) { $0[0] * $0[1] }
        check([x, positive]) { $0[0] / $0[1] }
        check([x]) { -$0[0] * 2.5 + 1 }
        check([positive]) { 3 / $0[0] - 2 }
    }

    @Test func arithmeticBroadcasting() {
        let row = randomTensor(1, 3, seed: 4), column = randomTensor(4, 1, seed: 5)
        let scalar = Tensor(1.7), positiveRow = Tensor(rows: 1, cols: 3, scalars: [0.8, 1.3, 2.1])
        check([x, row]) { $0[0] + $0[1] }
        check([x, column]) { $0[0] - $0[1] }
        check([column, x]) { $0[0] * $0[1] }
        check([x, positiveRow]) { $0[0] / $0[1] }
        check([x, scalar]) { $0[0] * $0[1] }
        check([row, column]) { $0[0] * $0[1] }
    }

    @Test func unary() {
        check([x]) { $0[0].exp() }
        check([x]) { $0[0].exp(of: Affine(scale: -1.5, offset: 0.3)) }
        check([positive]) { $0[0].log() }
        check([positive]) { $0[0].sqrt() }
        check([positive]) { $0[0].pow(1.7) }
        check([x]) { $0[0].squared() }
        check([x]) { $0[0].abs() }
        check([x]) { $0[0].relu() }
        check([x]) { $0[0].softplus() }
        check([x]) { $0[0].tanh() }
        check([x]) { $0[0].sigmoid() }
        check([x]) { $0[0].clamp(min: -0.5, max: 0.5) }
    }

    @Test func reductions() {
        check([x]) { $0[0].sum() }
        check([x]) { $0[0].mean() }
        check([x]) { $0[0].rowSums() }
        check([x]) { $0[0].columnSums() }
        check([x]) { $0[0].rowMeans() }
        check([x]) { $0[0].columnMeans() }
        check([x]) { $0[0].max() }
        check([x]) { $0[0].min() }
        check([x]) { $0[0].rowMax() }
        check([x]) { $0[0].rowMin() }
        check([x]) { $0[0].columnMax() }
        check([x]) { $0[0].columnMin() }
        check([x]) { $0[0].softmaxWeightedRowSums(gamma: 0.7) }
        check([x]) { $0[0].softmaxWeightedRowSums(gamma: -2) }
    }

    @Test func products() {
        let w = randomTensor(3, 5, seed: 6)
        check([x, w]) { $0[0].matmul($0[1]) }
        check([x, w, randomTensor(1, 5, seed: 7)]) { $0[0].matmul($0[1], plus: $0[2]) }
        check([x, y]) { $0[0].innerProducts(with: $0[1]) }
        check([x]) { $0[0].transposed() }
    }

    @Test func distancesAndNormalisation() {
        let wide = randomTensor(5, 10, seed: 7), wideOther = randomTensor(3, 10, seed: 8)
        check([x, y]) { $0[0].pairwiseSquaredDistances($0[1]) }
        check([x]) { $0[0].pairwiseSquaredDistances() }
        check([wide, wideOther]) { $0[0].pairwiseSquaredDistances($0[1]) }
        check([x, y]) { $0[0].pairwiseDistances($0[1]) }
        check([x]) { $0[0].pairwiseDistances() }
        check([x, y]) { $0[0].cosineSimilarities($0[1]) }
        check([x]) { $0[0].cosineSimilarities() }
        check([x]) { $0[0].l2NormalizedRows() }
    }

    @Test func selectionAndMasks() {
        let labels = [0, 1, 0, 1]
        let mask = Mask(rows: 4, cols: 3) { ($0 + $1) % 2 == 0 }
        check([x]) { $0[0].gatherRows([2, 0, 2]) }
        check([x]) { $0[0].entries(rows: [0, 3, 3], cols: [2, 1, 1]) }
        check([x]) { $0[0].select(mask) }
        check([x]) { $0[0].filled(where: mask, with: -3) }
        check([x, y]) { Tensor.stacking([$0[0], $0[1]]) }
        check([x]) { $0[0].logSumExpRows() }
        check([x]) { $0[0].logSumExpRows(mask: mask) }
        check([x]) { $0[0].logSumExpRows(mask: mask, addOne: true) }
        check([x]) { $0[0].softmaxCrossEntropyRows(labels: labels) }
    }

    /// A value reached by several paths: x feeds a product, a distance and a normalisation at once.
    @Test func severalPaths() {
        check([x, y]) { v in
            let a = v[0] * v[0] + v[0].pairwiseDistances(v[1]).matmul(v[1])
            return a + v[0].l2NormalizedRows() * v[0].tanh()
        }
    }
}

@Suite struct MaskedExpTests {
    /// The entries a mask keeps, exponentiated; the others 0, with no gradient.
    @Test func keptEntriesAreExponentiatedAndTheRestAreZero() {
        let x = Tensor([[0.5, -1, 2], [3, 0, -4]])
        let mask = Mask(rows: 2, cols: 3, bits: [true, false, true, false, false, true])
        #expect(x.exp(where: mask).scalars == [exp(0.5), 0, exp(2), 0, 0, exp(-4)])
        #expect(x.exp(where: mask).scalars == x.filled(where: !mask, with: -.infinity).exp().scalars)
        let weights = Tensor([[1, 2, 3], [4, 5, 6]])
        #expect(gradientError(at: [x]) { ($0[0].exp(where: mask) * weights).sum() } < 1e-8)
        let (_, g) = valueWithGradient(at: [x]) { ($0[0].exp(where: mask) * weights).sum() }
        #expect(g[0][0, 1] == 0 && g[0][1, 0] == 0 && g[0][1, 1] == 0)
    }
}

@Suite struct ShiftedMaskedSumTests {
    /// A group's shift on the tape gets Σ f′ as its gradient: the fused sum equals the written-out one
    /// in value and in both gradients.
    @Test func aShiftOnTheTapeGetsItsGradient() throws {
        let x = randomTensor(5, 4, seed: 3), mask = Mask(rows: 5, cols: 4) { ($0 + $1) % 2 == 0 }
        let fused = { (v: [Tensor]) -> Tensor in
            v[0].maskedSums(of: SquaredHinge(), [MaskedGroup(mask: mask, map: Affine(scale: -2, offset: 0.3), shift: v[1] * 0.5)])[0].total
        }
        let written = { (v: [Tensor]) -> Tensor in ((v[0].select(mask) * -2 + 0.3) + v[1] * 0.5).relu().squared().sum() }
        let points = [x, Tensor(0.4)]
        let (a, ga) = valueWithGradient(at: points, of: fused), (b, gb) = valueWithGradient(at: points, of: written)
        #expect(abs(a - b) < 1e-12)
        #expect(maxAbsDifference(ga[0].scalars, gb[0].scalars) < 1e-12 && abs(ga[1].scalar - gb[1].scalar) < 1e-12)
        #expect(gradientError(at: points, of: fused) < 1e-6)
    }
}
