/// The accuracy metrics of Musgrave et al. 2020 for one embedding of a labelled set.
public struct Scores: Sendable, Equatable {
    /// NMI of a k-means clustering (k = number of classes) against the labels, geometric.
    public let nmi: Double
    /// The fraction of queries whose nearest neighbour shares their class (= Recall@1).
    public let precisionAt1: Double
    /// The mean fraction of each query's R nearest neighbours that share its class.
    public let rPrecision: Double
    /// Mean average precision at R.
    public let mapAtR: Double

    /// Every metric of `embeddings` against `labels`, k-means seeded by `seed`.
    public init(_ embeddings: Tensor, labels: [Int], seed: UInt64 = 0) {
        let retrieval = Retrieval(embeddings, labels: labels)
        nmi = MetricLab.nmi(embeddings, labels: labels, seed: seed)
        precisionAt1 = retrieval.precisionAt1
        rPrecision = retrieval.rPrecision
        mapAtR = retrieval.mapAtR
    }
}
