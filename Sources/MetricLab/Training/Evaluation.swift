/// The quality of the embedding at one step: clustering (NMI) and retrieval (R@1, MAP@R).
///
/// A score is NaN where it is undefined: NMI on a single class, the retrieval scores when no
/// example shares its class with another (`RunWarning` says which).
public struct Evaluation: Sendable {
    /// The step after which it was measured.
    public let step: Int
    /// NMI of a seeded k-means clustering against the labels.
    public let nmi: Double
    /// Recall@1 (= precision@1), each example a query against the rest.
    public let recallAt1: Double
    /// MAP@R (Musgrave et al. 2020).
    public let mapAtR: Double

    /// Measures `embeddings` (a row per example) against `labels`.
    public init(step: Int, embeddings: Tensor, labels: [Int]) {
        self.step = step
        nmi = MetricLab.nmi(embeddings, labels: labels)
        let retrieval = Retrieval(embeddings, labels: labels)
        recallAt1 = retrieval.recall(at: 1)
        mapAtR = retrieval.mapAtR
    }
}
