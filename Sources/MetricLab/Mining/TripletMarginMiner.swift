/// pytorch-metric-learning's TripletMarginMiner: the triplets whose margin d(a,n) − d(a,p) lies in a
/// band set by `margin` and the kind of triplet.
///
/// With m = d(a,n) − d(a,p) (for a similarity, s(a,p) − s(a,n)): `.all` keeps m ≤ margin, `.hard`
/// m ≤ 0, `.semiHard` 0 < m ≤ margin, `.easy` m > margin. PML's defaults: margin 0.05, `.all`,
/// LpDistance() (`Euclidean()`, normalised).
public struct TripletMarginMiner: TripletMiner {
    /// Which band of triplet margins to keep.
    public enum Kind: String, Sendable, CaseIterable {
        /// Margin at most `margin`: every triplet that violates it.
        case all
        /// Margin at most 0: the negative is no farther than the positive.
        case hard
        /// Margin in (0, margin]: the negative is farther, but within the margin.
        case semiHard = "semihard"
        /// Margin above `margin`: triplets that already satisfy it.
        case easy
    }

    /// The margin bounding the band.
    public var margin: Double
    /// Which band to keep.
    public var kind: Kind
    /// The distance the miner measures with.
    public var distance: any Distance

    /// PML's miner; defaults as in PML (margin 0.05, all violating triplets, normalised Euclidean).
    public init(margin: Double = 0.05, kind: Kind = .all, distance: any Distance = Euclidean()) {
        self.margin = margin
        self.kind = kind
        self.distance = distance
    }

    public var name: String { "margin \(margin), \(kind.rawValue)" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = batch.dissimilarities(distance)
        var out = TripletIndices()
        for (a, p) in batch.positivePairs {
            for n in batch.negatives(of: a) where keeps(d[a, n] - d[a, p]) { out.append(a, p, n) }
        }
        return out
    }

    private func keeps(_ m: Double) -> Bool {
        switch kind {
        case .all: m <= margin
        case .hard: m <= 0
        case .semiHard: m > 0 && m <= margin
        case .easy: m > margin
        }
    }
}

extension Miner where Self == TripletMarginMiner {
    /// PML's TripletMarginMiner with the given margin and kind of triplets.
    public static func margin(_ margin: Double, _ kind: TripletMarginMiner.Kind = .all,
                              distance: any Distance = Euclidean()) -> TripletMarginMiner {
        TripletMarginMiner(margin: margin, kind: kind, distance: distance)
    }
}
