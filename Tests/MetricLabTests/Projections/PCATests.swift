import MetricLab
import Testing

@Suite struct PCATests {
    /// Worked by hand: (2, 1), (−2, −1), (−½, 1), (½, −1) shifted by (3, −1). Centred, the points
    /// lie on the orthogonal directions u₁ = (2, 1)/√5 and u₂ = (−1, 2)/√5 with scatter 2·(√5)² = 10
    /// along u₁ and 2·(2.5/√5)² = 2.5 along u₂, so the covariance (÷ n − 1 = 3) has eigenvalues 10/3
    /// and 5/6, shares 0.8 and 0.2. Signs: each axis's largest coordinate positive, so u₂ keeps
    /// +2/√5 in y. Projections: (±√5, 0) and (0, ±√5/2).
    static let points = Tensor([[5, 0], [1, -2], [2.5, 0], [3.5, -2]])

    @Test func axesVariancesAndProjectionByHand() throws {
        let pca = try PCA(Self.points)
        let r5 = 5.0.squareRoot()
        #expect(pca.mean.enumerated().allSatisfy { abs($0.element - [3, -1][$0.offset]) < 1e-15 })
        let axes = [2 / r5, 1 / r5, -1 / r5, 2 / r5]
        #expect(zip(pca.axes.scalars, axes).allSatisfy { abs($0 - $1) < 1e-14 }, "\(pca.axes.scalars)")
        #expect(abs(pca.explainedVariance[0] - 10.0 / 3) < 1e-14 && abs(pca.explainedVariance[1] - 5.0 / 6) < 1e-14)
        #expect(abs(pca.explainedVarianceRatio[0] - 0.8) < 1e-14 && abs(pca.explainedVarianceRatio[1] - 0.2) < 1e-14)
        let expected = [r5, 0, -r5, 0, 0, r5 / 2, 0, -r5 / 2]
        #expect(zip(pca.projection.points.scalars, expected).allSatisfy { abs($0 - $1) < 1e-14 }, "\(pca.projection.points.scalars)")
        #expect(pca.projection.title == "PCA (100% of variance)")
    }

    /// The sign convention, not the solver's whim: negating the data flips no axis.
    @Test func signConventionMakesTheLargestCoordinatePositive() throws {
        let flipped = Tensor(rows: 4, cols: 2, scalars: Self.points.scalars.map { -$0 })
        let a = try PCA(Self.points), b = try PCA(flipped)
        #expect(a.axes.scalars == b.axes.scalars)
        #expect(zip(a.projection.points.scalars, b.projection.points.scalars).allSatisfy { abs($0 + $1) < 1e-14 })
    }

    /// Three columns, one component: the first axis of data stretched along z is ±z, signed +z, and
    /// `transform` puts new points on it after subtracting the fitted mean.
    @Test func oneComponentOfThreeAndTransform() throws {
        let points = Tensor([[0, 0, 3], [0.1, 0, -3], [-0.1, 0.2, 1], [0, -0.2, -1]])
        let pca = try PCA(points, components: 1)
        #expect(pca.axes.rows == 1 && pca.axes.cols == 3)
        #expect(abs(pca.axes[0, 2] - 1) < 1e-3 && pca.axes[0, 2] > 0)
        // Total variance: (0.02 + 0.08 + 20) / 3; the z axis carries nearly all of it.
        #expect(pca.explainedVarianceRatio[0] > 0.99 && pca.explainedVarianceRatio[0] < 1)
        let moved = pca.transform(Tensor([[0, 0, 10]]))
        let expected = (0 ..< 3).reduce(0.0) { $0 + ([0, 0, 10][$1] - pca.mean[$1]) * pca.axes[0, $1] }
        #expect(abs(moved.scalar - expected) < 1e-12 && moved.scalar > 9)
    }

    /// Axes are orthonormal and the variances are those of the projected columns, on a wider random case.
    @Test func axesAreOrthonormalAndVariancesMatchTheProjection() throws {
        var rng = RNG(seed: 7)
        let raw = rng.gaussian(rows: 60, cols: 6)
        let points = Tensor(rows: 60, cols: 6, scalars: raw.scalars.enumerated().map { $0.element * Double($0.offset % 6 + 1) })
        let pca = try PCA(points, components: 4)
        for a in 0 ..< 4 {
            for b in 0 ..< 4 {
                let dot = (0 ..< 6).reduce(0.0) { $0 + pca.axes[a, $1] * pca.axes[b, $1] }
                #expect(abs(dot - (a == b ? 1 : 0)) < 1e-12)
            }
            let column = (0 ..< 60).map { pca.projection.points[$0, a] }
            let mean = column.reduce(0, +) / 60
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 59
            #expect(abs(variance - pca.explainedVariance[a]) < 1e-10 * variance)
        }
        #expect(zip(pca.explainedVariance, pca.explainedVariance.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func badInputNamesTheField() {
        #expect(throws: ProjectionError.self) { try PCA(Tensor([[1, 2]])) }
        do { _ = try PCA(Self.points, components: 3); Issue.record("no error") } catch {
            #expect(error.description == "PCA: components: 3 must be between 1 and the points' 2 columns")
        }
        do { _ = try PCA(Tensor([[1, 2], [3, .nan]])); Issue.record("no error") } catch {
            #expect(error.description == "PCA: points: row 1 holds nan, not a finite number")
        }
    }
}
