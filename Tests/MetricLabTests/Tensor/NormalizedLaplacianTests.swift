import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// `normalizedLaplacian`: values by the definition's loops, gradients against central differences
/// and against the same matrix composed from a masked copy, row sums, a power and products.
@Suite struct NormalizedLaplacianTests {
    /// Positive affinities, not symmetric, so that rows and columns are told apart.
    func affinities(_ n: Int, seed: UInt64) -> Tensor {
        randomTensor(n, n, seed: seed).exp()
    }

    @Test(arguments: [0.0, 0.6, 1.0])
    func valuesFollowTheDefinition(alpha: Double) {
        let n = 7, s = affinities(n, seed: 1)
        let degrees = (0 ..< n).map { i in (0 ..< n).filter { $0 != i }.reduce(0) { $0 + s[i, $1] } }
        var expected: [Double] = []
        for i in 0 ..< n {
            for j in 0 ..< n { expected.append(i == j ? 1 : -alpha * s[i, j] / (degrees[i] * degrees[j]).squareRoot()) }
        }
        #expect(maxAbsDifference(s.normalizedLaplacian(alpha: alpha).scalars, expected) < 1e-15)
    }

    /// Self-loops are left out: the diagonal is not read (NaN there changes nothing) and gets no gradient.
    @Test func diagonalIsLeftOut() {
        let s = affinities(5, seed: 7), weights = randomTensor(5, 5, seed: 8)
        let nanDiagonal = Tensor(rows: 5, cols: 5, scalars: s.scalars.indices.map { $0 % 6 == 0 ? .nan : s.scalars[$0] })
        #expect(nanDiagonal.normalizedLaplacian(alpha: 0.8).scalars == s.normalizedLaplacian(alpha: 0.8).scalars)
        let (_, gradients) = valueWithGradient(at: [s]) { ($0[0].normalizedLaplacian(alpha: 0.8) * weights).sum() }
        #expect((0 ..< 5).allSatisfy { gradients[0][$0, $0] == 0 })
    }

    /// A vertex without edges keeps its identity row, and the others do not see it.
    @Test func isolatedVertexKeepsItsIdentityRow() {
        let s = Tensor([[3, 0, 0], [0, 0, 2], [0, 2, 0]])
        #expect(maxAbsDifference(s.normalizedLaplacian(alpha: 0.5).scalars, [1, 0, 0, 0, 1, -0.5, 0, -0.5, 1]) < 1e-15)
        #expect(gradientError(at: [s]) { ($0[0].normalizedLaplacian(alpha: 0.5) * randomTensor(3, 3, seed: 2)).sum() } < 1e-6)
    }

    @Test(arguments: [0.7, 1.0])
    func gradientMatchesCentralDifferences(alpha: Double) {
        let weights = randomTensor(5, 5, seed: 3)
        #expect(gradientError(at: [affinities(5, seed: 4)]) { ($0[0].normalizedLaplacian(alpha: alpha) * weights).sum() } < 1e-6)
    }

    /// At 300 vertices (rows and columns split over cores), the op against its composition.
    @Test func matchesTheComposedOps() {
        let n = 300, alpha = 0.8, s = affinities(n, seed: 5), weights = randomTensor(n, n, seed: 6)
        let diagonal = Mask(rows: n, cols: n) { $0 == $1 }
        func composed(_ s: Tensor) -> Tensor {
            let edges = s.filled(where: diagonal, with: 0)
            let d = edges.rowSums().pow(-0.5)
            return Tensor(diagonal) - alpha * (edges * d * d.transposed())
        }
        let fused = valueWithGradient(at: [s]) { ($0[0].normalizedLaplacian(alpha: alpha) * weights).sum() }
        let plain = valueWithGradient(at: [s]) { (composed($0[0]) * weights).sum() }
        #expect(maxAbsDifference(s.normalizedLaplacian(alpha: alpha).scalars, composed(s).scalars) < 1e-15)
        #expect(maxAbsDifference(fused.gradients[0].scalars, plain.gradients[0].scalars) < 1e-15)
    }
}
