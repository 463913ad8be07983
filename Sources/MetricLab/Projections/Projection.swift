import Foundation

/// Points of an embedding placed in a few dimensions for drawing, with the method that placed them.
public struct Projection: Sendable {
    /// The projected points, a row per input row.
    public let points: Tensor
    /// The method and what it reports about the result.
    public let method: ProjectionMethod

    /// A projection of `points` made by `method`.
    public init(points: Tensor, method: ProjectionMethod) {
        self.points = points
        self.method = method
    }

    /// The method in words, for a figure's title: `PCA (81% of variance)`, `t-SNE (perplexity 30)`.
    public var title: String {
        switch method {
        case .pca(let ratios):
            return "PCA (\(Int((ratios.reduce(0, +) * 100).rounded()))% of variance)"
        case .tsne(let perplexity, _):
            let shown = perplexity == perplexity.rounded() ? String(Int(perplexity)) : String(format: "%g", perplexity)
            return "t-SNE (perplexity \(shown))"
        }
    }
}

/// How a projection was made, with the numbers each method reports.
public enum ProjectionMethod: Sendable, Equatable {
    /// Principal components, with the share of the total variance along each one drawn.
    case pca(explainedVarianceRatio: [Double])
    /// Exact t-SNE, with its perplexity and the Kullback–Leibler divergence KL(P‖Q) it ended at.
    case tsne(perplexity: Double, klDivergence: Double)
}
