/// The Euclidean distances of every unordered pair of embeddings, split into positive pairs (same
/// label) and negative pairs (different labels): what a pair histogram compares.
public struct PairDistances: Sendable {
    /// Distances between examples of the same class.
    public let positive: [Double]
    /// Distances between examples of different classes.
    public let negative: [Double]

    /// The pair distances of `embeddings` (a row per example) with their `labels`.
    public init(_ embeddings: Tensor, labels: [Int]) {
        precondition(embeddings.rows == labels.count, "PairDistances: \(embeddings.rows) rows, \(labels.count) labels")
        let d = embeddings.detached.pairwiseDistances()
        var positive: [Double] = [], negative: [Double] = []
        for i in labels.indices {
            for j in labels.indices where j > i {
                if labels[i] == labels[j] { positive.append(d[i, j]) } else { negative.append(d[i, j]) }
            }
        }
        self.positive = positive
        self.negative = negative
    }
}
