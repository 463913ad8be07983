/// Pairs as two index lists: pair k is (anchors[k], others[k]), the other a row of the references.
public struct PairIndices: Sendable, Equatable {
    /// Anchor rows (of the embeddings).
    public var anchors: [Int] = []
    /// The other end of each pair (a row of the references).
    public var others: [Int] = []

    /// No pairs.
    public init() {}

    /// Pairs from two equally long lists.
    public init(anchors: [Int], others: [Int]) {
        precondition(anchors.count == others.count, "PairIndices: lists of unequal length")
        self.anchors = anchors
        self.others = others
    }

    /// The pairs a mask sets, row after row.
    public init(_ mask: Mask) {
        (anchors, others) = mask.entryIndices(columns: true)
    }

    /// The number of pairs.
    public var count: Int { anchors.count }

    /// Adds a pair.
    public mutating func append(_ anchor: Int, _ other: Int) {
        anchors.append(anchor)
        others.append(other)
    }

    /// The pairs as an r×c mask (a pair listed twice is set once).
    public func mask(rows: Int, cols: Int) -> Mask {
        var bits = [Bool](repeating: false, count: rows * cols)
        for (a, o) in zip(anchors, others) { bits[a * cols + o] = true }
        return Mask(rows: rows, cols: cols, bits: bits)
    }
}

/// Triplets as three index lists: triplet k is (anchors[k], positives[k], negatives[k]).
public struct TripletIndices: Sendable, Equatable {
    /// Anchor rows.
    public var anchors: [Int] = []
    /// Positive rows (same label as the anchor, not the anchor).
    public var positives: [Int] = []
    /// Negative rows (another label).
    public var negatives: [Int] = []

    /// No triplets.
    public init() {}

    /// No triplets yet, with room for `count`.
    public init(reservingCapacity count: Int) {
        anchors.reserveCapacity(count)
        positives.reserveCapacity(count)
        negatives.reserveCapacity(count)
    }

    /// Triplets from three equally long lists.
    public init(anchors: [Int], positives: [Int], negatives: [Int]) {
        precondition(anchors.count == positives.count && positives.count == negatives.count,
                     "TripletIndices: lists of unequal length")
        self.anchors = anchors
        self.positives = positives
        self.negatives = negatives
    }

    /// The number of triplets.
    public var count: Int { anchors.count }

    /// Adds a triplet.
    public mutating func append(_ a: Int, _ p: Int, _ n: Int) {
        anchors.append(a)
        positives.append(p)
        negatives.append(n)
    }
}

/// What a miner chooses: positive and negative pairs, or triplets (PML's `indices_tuple` of four
/// or three lists).
///
/// Every loss takes either kind: a pair loss reads triplets as their (anchor, positive) and
/// (anchor, negative) pairs, a triplet loss reads pairs as the triplets they form, by the
/// conversions PML uses (`pairs`, `triplets`).
public enum IndexTuples: Sendable, Equatable {
    /// Positive pairs (same label) and negative pairs (different labels).
    case pairs(positive: PairIndices, negative: PairIndices)
    /// Anchor, positive, negative.
    case triplets(TripletIndices)

    /// The tuples as positive and negative pairs: a triplet (a, p, n) gives the pairs (a, p) and
    /// (a, n), duplicates kept (PML's `convert_to_pairs`).
    public var pairs: (positive: PairIndices, negative: PairIndices) {
        switch self {
        case let .pairs(positive, negative): (positive, negative)
        case let .triplets(t):
            (PairIndices(anchors: t.anchors, others: t.positives), PairIndices(anchors: t.anchors, others: t.negatives))
        }
    }

    /// The tuples as triplets: every positive pair with every negative pair of the same anchor,
    /// positive pairs in order and, within one, negative pairs in order (PML's `convert_to_triplets`).
    public var triplets: TripletIndices {
        switch self {
        case let .triplets(t): return t
        case let .pairs(positive, negative):
            var byAnchor: [Int: [Int]] = [:]
            for (k, a) in negative.anchors.enumerated() { byAnchor[a, default: []].append(k) }
            var out = TripletIndices()
            for (a, p) in zip(positive.anchors, positive.others) {
                for k in byAnchor[a] ?? [] { out.append(a, p, negative.others[k]) }
            }
            return out
        }
    }

    /// The tuples without the positive pairs (a, p), or the triplets with them, that `drop` picks
    /// (cross-batch memory's removal of an example paired with its own copy).
    public func removingPositives(where drop: (_ anchor: Int, _ positive: Int) -> Bool) -> IndexTuples {
        switch self {
        case let .pairs(positive, negative):
            let kept = positive.anchors.indices.filter { !drop(positive.anchors[$0], positive.others[$0]) }
            return .pairs(positive: PairIndices(anchors: kept.map { positive.anchors[$0] }, others: kept.map { positive.others[$0] }),
                          negative: negative)
        case let .triplets(t):
            let kept = t.anchors.indices.filter { !drop(t.anchors[$0], t.positives[$0]) }
            return .triplets(TripletIndices(anchors: kept.map { t.anchors[$0] }, positives: kept.map { t.positives[$0] },
                                            negatives: kept.map { t.negatives[$0] }))
        }
    }

    /// How many tuples there are: pairs of both kinds, or triplets.
    public var count: Int {
        switch self {
        case let .pairs(positive, negative): positive.count + negative.count
        case let .triplets(t): t.count
        }
    }
}
