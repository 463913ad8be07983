/// Multi-similarity pair mining (Wang et al. 2019, "Multi-Similarity Loss with General Pair
/// Weighting for Deep Metric Learning", Eqs. 10–11): keeps the pairs whose relative similarity is
/// informative.
///
/// With similarities S, a negative pair (i, j) is kept when S_ij + ε > min_k S_ik over i's
/// positives, and a positive pair when S_ij − ε < max_k S_ik over i's negatives: a negative only
/// counts if it is nearly as close as i's hardest positive, and a positive only if it is nearly as
/// far as i's hardest negative. With a distance (smaller is closer) the inequalities turn round.
/// An anchor without positives keeps no negatives and one without negatives keeps no positives.
/// ε = 0.1 is the paper's value and pytorch-metric-learning's MultiSimilarityMiner default, as is
/// cosine similarity. Mining reads plain numbers; the loss receives the kept pairs as masks.
public struct MultiSimilarityMiner: Sendable {
    /// The slack ε of both rules.
    public var epsilon: Double
    /// How pairs are compared (cosine similarity by default, as in the paper and PML).
    public var distance: any Distance

    /// A miner with slack `epsilon` on `distance`.
    public init(epsilon: Double = 0.1, distance: any Distance = CosineSimilarity()) {
        self.epsilon = epsilon
        self.distance = distance
    }

    /// The positive and negative pairs the rules keep, as n×n masks.
    public func pairs(_ embeddings: Tensor, labels: [Int]) -> (positives: Mask, negatives: Mask) {
        let n = labels.count
        precondition(embeddings.rows == n, "MultiSimilarityMiner: \(embeddings.rows) embeddings, \(labels.count) labels")
        let s = distance.matrix(embeddings.detached).scalars
        let positive = Mask.positivePairs(labels), negative = Mask.negativePairs(labels)
        // "Closer" is larger for a similarity and smaller for a distance: flip distances so that
        // one pair of rules serves both.
        let closeness = distance.isSimilarity ? s : s.map { -$0 }
        var hardestPositive = [Double](repeating: .infinity, count: n)
        var hardestNegative = [Double](repeating: -.infinity, count: n)
        for i in 0 ..< n {
            for j in 0 ..< n {
                let c = closeness[i * n + j]
                if positive[i, j] { hardestPositive[i] = Swift.min(hardestPositive[i], c) }
                if negative[i, j] { hardestNegative[i] = Swift.max(hardestNegative[i], c) }
            }
        }
        let positives = Mask(rows: n, cols: n) { i, j in
            positive[i, j] && closeness[i * n + j] - epsilon < hardestNegative[i]
        }
        let negatives = Mask(rows: n, cols: n) { i, j in
            negative[i, j] && closeness[i * n + j] + epsilon > hardestPositive[i]
        }
        return (positives, negatives)
    }
}
