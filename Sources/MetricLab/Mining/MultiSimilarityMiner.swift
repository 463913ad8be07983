/// Multi-similarity pair mining (Wang et al. 2019, "Multi-Similarity Loss with General Pair
/// Weighting for Deep Metric Learning", Eqs. 10–11): keeps the pairs whose relative similarity is
/// informative.
///
/// With similarities S, a negative pair (i, j) is kept when S_ij + ε > min_k S_ik over i's
/// positives, and a positive pair when S_ij − ε < max_k S_ik over i's negatives: a negative only
/// counts if it is nearly as close as i's hardest positive, and a positive only if it is nearly as
/// far as i's hardest negative. With a distance (smaller is closer) the inequalities turn round,
/// as in PML.
/// An anchor without positives keeps no negatives and one without negatives keeps no positives.
/// ε = 0.1 is the paper's value and pytorch-metric-learning's MultiSimilarityMiner default, as is
/// cosine similarity. Mining reads plain numbers (a `MiningBatch`, whose dissimilarities are
/// similarities negated); the loss receives the kept pairs as masks. It is a pair miner, so it
/// stands beside the triplet `Miner` protocol rather than conforming to it.
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
        pairs(in: MiningBatch(embeddings: embeddings, labels: labels, distance: distance))
    }

    /// The positive and negative pairs the rules keep in a batch, as n×n masks.
    public func pairs(in batch: MiningBatch) -> (positives: Mask, negatives: Mask) {
        let n = batch.labels.count, far = batch.dissimilarities.scalars
        let positive = Mask.positivePairs(batch.labels), negative = Mask.negativePairs(batch.labels)
        var farthestPositive = [Double](repeating: -.infinity, count: n)
        var nearestNegative = [Double](repeating: .infinity, count: n)
        for i in 0 ..< n {
            for j in 0 ..< n {
                if positive[i, j] { farthestPositive[i] = Swift.max(farthestPositive[i], far[i * n + j]) }
                if negative[i, j] { nearestNegative[i] = Swift.min(nearestNegative[i], far[i * n + j]) }
            }
        }
        let positives = Mask(rows: n, cols: n) { i, j in
            positive[i, j] && far[i * n + j] + epsilon > nearestNegative[i]
        }
        let negatives = Mask(rows: n, cols: n) { i, j in
            negative[i, j] && far[i * n + j] - epsilon < farthestPositive[i]
        }
        return (positives, negatives)
    }
}
