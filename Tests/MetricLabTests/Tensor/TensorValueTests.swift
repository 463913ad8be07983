import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Forward values of the ops on small hand-computed cases.
@Suite struct TensorValueTests {
    let a = Tensor([[1, 2], [3, 4]])

    @Test func broadcastingArithmetic() {
        #expect((a + Tensor([[10, 20]])).scalars == [11, 22, 13, 24])
        #expect((a - Tensor([[1], [2]])).scalars == [0, 1, 1, 2])
        #expect((a * 2).scalars == [2, 4, 6, 8])
        #expect((1 / a).scalars == [1, 0.5, 1.0 / 3, 0.25])
    }

    @Test func productsAndTranspose() {
        #expect(a.matmul(Tensor([[1, 0], [1, 1]])).scalars == [3, 2, 7, 4])
        #expect(a.matmul(Tensor([[1, 0], [1, 1]]), plus: Tensor([[10, 20]])).scalars == [13, 22, 17, 24])
        #expect(a.innerProducts(with: a).scalars == [5, 11, 11, 25])
        #expect(a.transposed().scalars == [1, 3, 2, 4])
    }

    @Test func reductions() {
        #expect(a.sum().scalar == 10)
        #expect(a.mean().scalar == 2.5)
        #expect(a.rowSums().scalars == [3, 7])
        #expect(a.columnMeans().scalars == [2, 3])
        #expect(a.rowMax().scalars == [2, 4])
        #expect(a.columnMin().scalars == [1, 2])
    }

    /// The first best entry of each group wins, its gradient goes there alone, a NaN entry never
    /// beats the best so far (one at the start stays); and rows split over the cores give each
    /// row's own answer.
    @Test func extremesTakeTheFirstBestEntry() {
        let t = Tensor([[1, 3, 3, 2], [.nan, 5, 1, 0], [4, .nan, 4, -1]])
        #expect(t.rowMax().scalars.map(\.bitPattern) == [3, Double.nan, 4].map(\.bitPattern))
        #expect(t.rowMin().scalars.map(\.bitPattern) == [1, Double.nan, -1].map(\.bitPattern))
        #expect(t.columnMax().scalars.map(\.bitPattern) == [4, 5, 4, 2].map(\.bitPattern))
        let (_, gradients) = valueWithGradient(at: [t]) { $0[0].rowMax().sum() + $0[0].columnMin().sum() }
        #expect(gradients[0].scalars.map(\.bitPattern) == [1, 2, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1].map { Double($0).bitPattern })
        let wide = randomTensor(600, 300, seed: 41)
        let expected = (0 ..< 600).map { i in (0 ..< 300).map { wide[i, $0] }.max()! }
        #expect(wide.rowMax().scalars == expected)
    }

    @Test func distances() {
        let p = Tensor([[0, 0], [3, 4], [0, 0]])
        #expect(p.pairwiseSquaredDistances().scalars == [0, 25, 0, 25, 0, 25, 0, 25, 0])
        #expect(p.pairwiseDistances().scalars == [0, 5, 0, 5, 0, 5, 0, 5, 0])
        let cos = Tensor([[1, 0], [1, 1]]).cosineSimilarities()
        #expect(maxAbsDifference(cos.scalars, [1, 1 / 2.0.squareRoot(), 1 / 2.0.squareRoot(), 1]) < 1e-15)
        let wide = Tensor([Array(repeating: 1.0, count: 9), Array(repeating: 0.0, count: 9)])
        #expect(maxAbsDifference(wide.pairwiseSquaredDistances().scalars, [0, 9, 9, 0]) < 1e-12)
    }

    /// Two points at the same place: a zero distance must give a zero gradient, not NaN.
    @Test func distanceGradientAtDuplicates() throws {
        let (_, grads) = valueWithGradient(at: [Tensor([[1, 1], [1, 1], [2, 1]])]) { $0[0].pairwiseDistances().sum() }
        #expect(grads[0].scalars.allSatisfy { $0.isFinite })
        #expect(maxAbsDifference(grads[0].scalars, [-2, 0, -2, 0, 4, 0]) < 1e-12)
    }

    @Test func normalisationAndSelection() {
        let n = Tensor([[3, 4], [0, 0]]).l2NormalizedRows()
        #expect(n.scalars == [0.6, 0.8, 0, 0])
        #expect(a.gatherRows([1, 1, 0]).scalars == [3, 4, 3, 4, 1, 2])
        #expect(a.select(Mask(rows: 2, cols: 2) { $0 != $1 }).scalars == [2, 3])
        #expect(a.filled(where: Mask(rows: 2, cols: 2) { $0 == $1 }, with: -1).scalars == [-1, 2, 3, -1])
        #expect(a.entries(rows: [1, 0], cols: [0, 1]).scalars == [3, 2])
    }

    @Test func expOfAnAffineMap() {
        let y = Tensor([[0, 1], [-2, 0.5]]).exp(of: Affine(scale: 2, offset: -1))
        #expect(maxAbsDifference(y.scalars, [exp(-1), exp(1), exp(-5), exp(0)]) < 1e-15)
    }

    @Test func logSumExpAndCrossEntropy() {
        let lse = a.logSumExpRows()
        #expect(maxAbsDifference(lse.scalars, [log(exp(1) + exp(2)), log(exp(3) + exp(4))]) < 1e-12)
        let keepFirst = Mask(rows: 2, cols: 2, bits: [true, false, false, false])
        #expect(a.logSumExpRows(mask: keepFirst).scalars == [1, 0])
        #expect(maxAbsDifference(a.logSumExpRows(mask: keepFirst, addOne: true).scalars,
                                 [log(1 + exp(1)), 0]) < 1e-12)
        let ce = a.softmaxCrossEntropyRows(labels: [1, 0])
        #expect(maxAbsDifference(ce.scalars, [log(1 + exp(-1)), log(1 + exp(1))]) < 1e-12)
    }

    @Test func masksFromLabels() {
        let labels = [0, 1, 0]
        #expect(Mask.positivePairs(labels).bits == [false, false, true, false, false, false, true, false, false])
        #expect(Mask.negativePairs(labels).count == 4)
        #expect(Mask.oneHot(labels, classes: 2).bits == [true, false, false, true, true, false])
    }

    /// A value used twice accumulates both gradients: d(x·x + x)/dx = 2x + 1.
    @Test func gradientsAccumulateOverPaths() throws {
        let (value, grads) = valueWithGradient(at: [Tensor([[3]])]) { ($0[0] * $0[0] + $0[0]).sum() }
        #expect(value == 12)
        #expect(grads[0].scalar == 7)
    }
}
