import MetricLab
import Testing

/// A NaN that reaches a hinge or a clamp stays NaN: `Swift.max(0, x)` returns 0 for a NaN `x`, and
/// once hid a NaN embedding as a loss of 0.0 that looked like a converged run.
@Suite struct NaNPropagationTests {
    @Test func reluKeepsNaNAndClampsOnlyNegatives() {
        let y = Tensor([[.nan, -1, 2, 0, -.infinity]]).relu().scalars
        #expect(y[0].isNaN && Array(y[1...]) == [0, 2, 0, 0])
    }

    /// Plain-Euclidean losses whose hinges see a NaN distance: the loss is NaN, not 0.
    @Test(arguments: [Triplet(distance: Euclidean(normalized: false)) as any Loss,
                      Contrastive(distance: Euclidean(normalized: false)),
                      Contrastive.paper, IntraPairVariance()])
    func hingedLossesOfANaNEmbeddingAreNaN(_ loss: any Loss) throws {
        let embeddings = Tensor([[0, 0], [.nan, 0], [5, 5], [5, 6]])
        #expect(try loss(embeddings, labels: [0, 0, 1, 1]).scalar.isNaN, "\(loss.name)")
    }

    /// Rows wider than 8 take the matrix-product path, whose clamp of rounding errors at 0 kept NaN out.
    @Test(arguments: [2, 12])
    func squaredDistancesOfANaNRowAreNaN(_ width: Int) {
        var scalars = (0 ..< 3 * width).map { Double($0 % 5) }
        scalars[width] = .nan
        let d = Tensor(rows: 3, cols: width, scalars: scalars).pairwiseSquaredDistances()
        #expect(d[0, 1].isNaN && d[1, 2].isNaN && d[0, 2].isFinite)
    }
}
