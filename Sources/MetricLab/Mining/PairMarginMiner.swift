/// The pairs that violate a contrastive loss's margins (pytorch-metric-learning's PairMarginMiner):
/// positive pairs farther apart than m⁺ and negative pairs closer than m⁻.
///
/// These are the pairs with a nonzero hinge in the contrastive loss of Hadsell, Chopra & LeCun
/// 2006, [d(a,p) − m⁺]₊ and [m⁻ − d(a,n)]₊, so mining them first drops only pairs that add
/// nothing. With a similarity the comparisons turn round, as in PML: positives less similar than
/// m⁺, negatives more similar than m⁻. Pairs come row by row, as PML lists them. PML's defaults:
/// m⁺ = 0.2, m⁻ = 0.8, `Euclidean()` on normalised embeddings.
public struct PairMarginMiner: PairMiner {
    /// m⁺: a positive pair farther than this is kept.
    public var positiveMargin: Double
    /// m⁻: a negative pair closer than this is kept.
    public var negativeMargin: Double
    /// The distance the margins are measured in.
    public var distance: any Distance

    /// A miner with margins m⁺ and m⁻ on `distance`; the defaults are PML's.
    public init(positiveMargin: Double = 0.2, negativeMargin: Double = 0.8, distance: any Distance = Euclidean()) {
        self.positiveMargin = positiveMargin
        self.negativeMargin = negativeMargin
        self.distance = distance
    }

    public var name: String { "pair margin \(positiveMargin)/\(negativeMargin)" }

    /// The positive pairs beyond m⁺ and the negative pairs within m⁻.
    public func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices) {
        let far = batch.dissimilarities(distance).scalars, m = batch.referenceLabels.count
        // The margins on the same "larger is farther" scale as `far`.
        let (beyond, within) = (distance.farness * positiveMargin, distance.farness * negativeMargin)
        var positive = PairIndices(), negative = PairIndices()
        for a in batch.labels.indices {
            for p in batch.positives(of: a) where far[a * m + p] > beyond { positive.append(a, p) }
            for n in batch.negatives(of: a) where far[a * m + n] < within { negative.append(a, n) }
        }
        return (positive, negative)
    }
}

extension Miner where Self == PairMarginMiner {
    /// The pairs violating margins m⁺ (positives) and m⁻ (negatives); PML's defaults 0.2 and 0.8.
    public static func pairMargin(positive: Double = 0.2, negative: Double = 0.8,
                                  distance: any Distance = Euclidean()) -> PairMarginMiner {
        PairMarginMiner(positiveMargin: positive, negativeMargin: negative, distance: distance)
    }
}
