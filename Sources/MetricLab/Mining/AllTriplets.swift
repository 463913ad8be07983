/// Every triplet of the batch: each ordered positive pair with each negative of its anchor
/// (PML's default for TripletMarginLoss, `triplets_per_anchor="all"`).
public struct AllTriplets: TripletMiner {
    /// Every triplet.
    public init() {}

    public var name: String { "all" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let pairs = batch.positivePairs.map { ($0.anchor, $0.positive, batch.negatives(of: $0.anchor)) }
        var out = TripletIndices(reservingCapacity: pairs.reduce(0) { $0 + $1.2.count })
        // Whole runs at once: tens of thousands of triplets in a batch of 48 make per-triplet appends count.
        for (a, p, negatives) in pairs {
            out.anchors.append(contentsOf: repeatElement(a, count: negatives.count))
            out.positives.append(contentsOf: repeatElement(p, count: negatives.count))
            out.negatives.append(contentsOf: negatives)
        }
        return out
    }
}

extension Miner where Self == AllTriplets {
    /// Every triplet of the batch.
    public static var all: AllTriplets { AllTriplets() }
}
