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
/// cosine similarity. Pairs come row by row, as PML lists them.
public struct MultiSimilarityMiner: PairMiner {
    /// The slack ε of both rules.
    public var epsilon: Double
    /// How pairs are compared (cosine similarity by default, as in the paper and PML).
    public var distance: any Distance

    /// A miner with slack `epsilon` on `distance`.
    public init(epsilon: Double = 0.1, distance: any Distance = CosineSimilarity()) {
        self.epsilon = epsilon
        self.distance = distance
    }

    public var name: String { "mined" }

    /// The positive and negative pairs the rules keep.
    public func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices) {
        let (n, m) = (batch.labels.count, batch.referenceLabels.count), far = batch.dissimilarities(distance).scalars
        let positive = batch.positiveMask, negative = batch.negativeMask
        var farthestPositive = [Double](repeating: -.infinity, count: n)
        var nearestNegative = [Double](repeating: .infinity, count: n)
        for i in 0 ..< n {
            for j in 0 ..< m {
                if positive[i, j] { farthestPositive[i] = Swift.max(farthestPositive[i], far[i * m + j]) }
                if negative[i, j] { nearestNegative[i] = Swift.min(nearestNegative[i], far[i * m + j]) }
            }
        }
        let positives = Mask(rows: n, cols: m) { i, j in
            positive[i, j] && far[i * m + j] + epsilon > nearestNegative[i]
        }
        let negatives = Mask(rows: n, cols: m) { i, j in
            negative[i, j] && far[i * m + j] - epsilon < farthestPositive[i]
        }
        return (PairIndices(positives), PairIndices(negatives))
    }
}
