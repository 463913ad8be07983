/// Triplet loss (Hoffer & Ailon 2015; Schroff et al. 2015, FaceNet eq. 2): each anchor should be
/// closer to its positive than to its negative by a margin,
///
///     ℓ(a, p, n) = [d(a, p) − d(a, n) + α]₊      (for a similarity s: [s(a, n) − s(a, p) + α]₊)
///
/// over the triplets the miner chooses, reduced by `reduction`. `smooth` replaces the hinge [x]₊ by
/// the soft-plus log(1 + eˣ), margin included (PML 2.x); `swap` uses min(d(a,n), d(p,n)) for d(a,n)
/// (Balntas 2016).
///
/// `init()` gives PML 2.9's TripletMarginLoss: margin 0.05, plain Euclidean distance on normalised
/// embeddings, all triplets, mean over the triplets with a positive loss (AvgNonZeroReducer).
/// `Triplet.paper` gives FaceNet's: squared distances on the unit sphere, margin 0.2, semi-hard
/// negatives, mean over the mined triplets.
public struct Triplet: Loss {
    /// The margin α.
    public var margin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How the per-triplet losses become one number.
    public var reduction: Reduction
    /// Which triplets the loss sums over.
    public var miner: any Miner
    /// Whether the soft-plus replaces the hinge (PML's `smooth_loss`).
    public var smooth: Bool
    /// Whether the negative's distance is the smaller of d(a,n) and d(p,n) (PML's `swap`).
    public var swap: Bool
    /// Seeds the generator of sampling miners.
    public var seed: UInt64
    /// The training step, which varies a sampling miner's draws from step to step (`atEpoch`).
    var step = 0

    /// A triplet loss; the defaults are PML's TripletMarginLoss().
    public init(margin: Double = 0.05, distance: any Distance = Euclidean(), reduction: Reduction = .meanOfPositive,
                mining miner: some Miner = AllTriplets(), smooth: Bool = false, swap: Bool = false, seed: UInt64 = 0) {
        self.margin = margin
        self.distance = distance
        self.reduction = reduction
        self.miner = miner
        self.smooth = smooth
        self.swap = swap
        self.seed = seed
    }

    /// FaceNet's settings (Schroff 2015, §3–4): squared Euclidean distance between L2-normalised
    /// embeddings, margin α = 0.2, semi-hard negatives for every anchor-positive pair.
    public static let paper = Triplet(margin: 0.2, distance: Euclidean(squared: true, normalized: true),
                                      reduction: .mean, mining: .semiHard)

    public var name: String { miner is AllTriplets ? "triplet" : "triplet (\(miner.name))" }

    public func atEpoch(_ epoch: Int) -> Triplet {
        var loss = self
        loss.step = epoch
        return loss
    }

    /// The triplets the loss sums over for this batch: what a figure draws as its edges.
    public func triplets(_ embeddings: Tensor, labels: [Int]) -> TripletIndices {
        var rng = RNG(seed: seed ^ (UInt64(step) &* 0x9E37_79B9_7F4A_7C15))
        return miner.triplets(in: MiningBatch(embeddings: embeddings, labels: labels, distance: distance), using: &rng)
    }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let d = distance.matrix(embeddings)
        if miner is AllTriplets, !swap { return allTriplets(d, labels: labels) }
        let t = triplets(embeddings, labels: labels)
        guard t.count > 0 else { return embeddings.sum() * 0 }
        let violation: Tensor
        if swap {
            let ap = d.entries(rows: t.anchors, cols: t.positives)
            let an = d.entries(rows: t.anchors, cols: t.negatives), pn = d.entries(rows: t.positives, cols: t.negatives)
            let nearer = distance.isSimilarity ? elementwiseMax(an, pn) : elementwiseMin(an, pn)
            violation = distance.isSimilarity ? nearer - ap : ap - nearer
        } else {
            let (p, n) = distance.isSimilarity ? (t.negatives, t.positives) : (t.positives, t.negatives)
            violation = d.entryDifferences(rows: t.anchors, cols: p, minusRows: t.anchors, minusCols: n)
        }
        let shifted = violation + margin
        return reduction(smooth ? shifted.softplus() : shifted.relu())
    }
}

extension Triplet {
    /// The loss over every triplet, summed anchor by anchor without listing the m³ triplets.
    private func allTriplets(_ d: Tensor, labels: [Int]) -> Tensor {
        let positives = Mask.positivePairs(labels), negatives = Mask.negativePairs(labels)
        let (first, second) = distance.isSimilarity ? (negatives, positives) : (positives, negatives)
        let sum = smooth ? d.rowPairDifferenceSum(first, minus: second, plus: margin, Softplus())
                         : d.rowPairDifferenceSum(first, minus: second, plus: margin, ReLU())
        guard sum.terms > 0 else { return d.sum() * 0 }
        return reduction(sum)
    }
}

/// The entrywise minimum of two tensors of one shape, as (a + b − |a − b|) / 2.
func elementwiseMin(_ a: Tensor, _ b: Tensor) -> Tensor { (a + b - (a - b).abs()) * 0.5 }

/// The entrywise maximum of two tensors of one shape, as (a + b + |a − b|) / 2.
func elementwiseMax(_ a: Tensor, _ b: Tensor) -> Tensor { (a + b + (a - b).abs()) * 0.5 }
