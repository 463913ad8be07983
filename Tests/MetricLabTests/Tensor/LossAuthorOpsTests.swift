import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The ops a loss author reaches for: values by hand, gradients against finite differences.
@Suite struct LossAuthorOpsTests {
    let x = Tensor([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]])

    @Test func cumulativeSumsAlongRowsAndColumns() {
        #expect(x.cumulativeRowSums().scalars == [1, -1, -0.5, 3, 3.25, 2.25])
        #expect(x.cumulativeColumnSums().scalars == [1, -2, 0.5, 4, -1.75, -0.5])
        let weights = Tensor([[0.3, -1.1, 2.0], [0.7, 0.2, -0.4]])
        #expect(gradientError(at: [x]) { ($0[0].cumulativeColumnSums() * weights).sum() } < 1e-8)
        #expect(gradientError(at: [x]) { ($0[0].cumulativeRowSums() * weights).sum() } < 1e-8)
    }

    @Test func evenlySpacedValues() {
        #expect(Tensor.linspace(from: -1, through: 1, count: 5).scalars == [-1, -0.5, 0, 0.5, 1])
        #expect(Tensor.linspace(from: 2, through: 7, count: 1).scalars == [2])
        let bins = Tensor.linspace(from: 0, through: 1, count: 11)
        #expect(bins.rows == 11 && bins.cols == 1 && bins.scalars.last == 1)
        #expect(Tensor.arange(to: 4).scalars == [0, 1, 2, 3])
        #expect(Tensor.arange(from: 1, to: 2, step: 0.25).scalars == [1, 1.25, 1.5, 1.75])
        #expect(Tensor.arange(from: 3, to: 0, step: -1).scalars == [3, 2, 1])
        #expect(Tensor.arange(from: 3, to: 0).count == 0)
    }

    @Test func columnsSideBySide() {
        let a = Tensor([[1.0], [2.0]]), b = Tensor([[3.0, 4.0], [5.0, 6.0]])
        let joined = Tensor.concatenatingColumns([a, b])
        #expect(joined.rows == 2 && joined.cols == 3 && joined.scalars == [1, 3, 4, 2, 5, 6])
        let weights = Tensor([[0.3, -1.1, 2.0], [0.7, 0.2, -0.4]])
        #expect(gradientError(at: [a, b]) { (Tensor.concatenatingColumns([$0[0], $0[1]]) * weights).sum() } < 1e-8)
    }

    @Test func columnsByIndex() {
        #expect(x.gatherColumns([2, 0, 0]).scalars == [0.5, 1, 1, -1, 3, 3])
        let weights = Tensor([[0.3, -1.1, 2.0], [0.7, 0.2, -0.4]])
        #expect(gradientError(at: [x]) { ($0[0].gatherColumns([2, 0, 0]) * weights).sum() } < 1e-8)
    }

    @Test func elementwiseExtremes() {
        let y = Tensor([[0.0, -1.0, 2.0], [3.0, 1.0, -2.0]])
        #expect(Tensor.maximum(x, y).scalars == [1, -1, 2, 3, 1, -1])
        #expect(Tensor.minimum(x, y).scalars == [0, -2, 0.5, 3, 0.25, -2])
        #expect(Tensor.maximum(x, Tensor(0)).scalars == x.relu().scalars, "a scalar broadcasts")
        // Away from ties the gradient is exact; at the tie (3, 3) it goes to the first argument.
        let apart = Tensor([[0.0, -1.0, 2.0], [2.5, 1.0, -2.0]])
        #expect(gradientError(at: [x, apart]) { (Tensor.maximum($0[0], $0[1]) * $0[0]).sum() } < 1e-8)
        #expect(gradientError(at: [x, apart]) { Tensor.minimum($0[0], $0[1]).squared().sum() } < 1e-8)
        let (_, tie) = valueWithGradient(at: [Tensor(3), Tensor(3)]) { Tensor.maximum($0[0], $0[1]) }
        #expect(tie[0].scalar == 1 && tie[1].scalar == 0)
    }

    @Test func unorderedPairsOnce() {
        let labels = [0, 0, 1, 0]
        let once = Mask.positivePairs(labels).upperTriangle
        #expect(once.count == 3, "pairs (0,1), (0,3), (1,3)")
        #expect(once[0, 1] && once[0, 3] && once[1, 3] && !once[1, 0] && !once[3, 0])
        #expect(Mask.offDiagonal(4).upperTriangle.count == 6)
    }
}
