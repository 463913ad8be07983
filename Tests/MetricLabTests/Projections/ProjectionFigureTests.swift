import Testing
@testable import MetricLab

/// A projection drawn as a scatter, titled with its method; t-SNE's settings and determinism.
@Suite struct ProjectionFigureTests {
    static let points = Tensor([[5, 0, 1], [1, -2, 0], [2.5, 0, 2], [3.5, -2, 1], [0, 1, 1], [4, 4, -1]])
    static let labels = [0, 0, 1, 1, 2, 2]

    @Test func scatterOfAPCATitlesTheMethodAndDrawsTheProjectedPoints() throws {
        let pca = try PCA(Self.points)
        let share = Int(((pca.explainedVarianceRatio[0] + pca.explainedVarianceRatio[1]) * 100).rounded())
        let script = try PlottingFixtures.script(Scatter(pca.projection, labels: Self.labels, title: "3-D"))
        #expect(script.contains("set title '3-D: PCA (\(share)% of variance)'"))
        let first = PlottingFixtures.block("$data1", in: script)
        #expect(first.count == 2)
        let x = try #require(first.first?.split(separator: " ").compactMap { Double($0) })
        #expect(abs(x[0] - pca.projection.points[0, 0]) < 1e-4 && abs(x[1] - pca.projection.points[0, 1]) < 1e-4)
    }

    @Test func scatterOfATSNETitlesItsPerplexity() throws {
        let projection = try TSNE(perplexity: 2, iterations: 300).project(Self.points)
        let script = try PlottingFixtures.script(Scatter(projection, labels: Self.labels))
        #expect(script.contains("set title 't-SNE (perplexity 2)'"))
    }

    /// The same seed gives the same bits; another seed another start.
    @Test func randomStartIsDeterministicForASeed() throws {
        let a = try TSNE(perplexity: 2, iterations: 300, initialisation: .random(seed: 4)).project(Self.points)
        let b = try TSNE(perplexity: 2, iterations: 300, initialisation: .random(seed: 4)).project(Self.points)
        let c = try TSNE(perplexity: 2, iterations: 300, initialisation: .random(seed: 5)).project(Self.points)
        #expect(a.points.scalars == b.points.scalars)
        #expect(a.points.scalars != c.points.scalars)
    }

    /// Scikit-learn's PCA start: the first two components scaled to a standard deviation of 10⁻⁴ along the first.
    @Test func zeroIterationsReturnThePCAStart() throws {
        let start = try TSNE(perplexity: 2, iterations: 0).project(Self.points).points
        let pca = try PCA(Self.points).projection.points
        let first = (0 ..< 6).map { pca[$0, 0] }
        let mean = first.reduce(0, +) / 6
        let spread = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 6).squareRoot()
        #expect(zip(start.scalars, pca.scalars).allSatisfy { abs($0 - $1 / spread * 1e-4) < 1e-18 })
    }

    @Test func badSettingsNameTheField() {
        func message(_ tsne: TSNE, _ points: Tensor = Self.points) -> String {
            do { _ = try tsne.project(points); return "no error" } catch { return error.description }
        }
        #expect(message(TSNE(perplexity: 6)) == "t-SNE: perplexity: 6.0 must lie between 1 and the number of points less one (5)")
        #expect(message(TSNE(perplexity: 2, initialisation: .given(Tensor([[0, 0]])))) == "t-SNE: initialisation: given points are 1×2, need 6×2")
        #expect(message(TSNE(perplexity: 2, learningRate: .fixed(0))) == "t-SNE: learningRate: 0.0 must be positive")
        #expect(message(TSNE(components: 4, perplexity: 2)) == "t-SNE: initialisation: PCA gives at most the points' 3 columns, not 4 components")
        #expect(message(TSNE(perplexity: 2), Tensor([[1, 1], [1, 1], [1, 1], [1, 1]])) == "t-SNE: points: all rows are equal; PCA has no direction to start from")
    }
}
