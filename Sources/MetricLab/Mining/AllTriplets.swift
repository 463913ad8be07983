/// Every triplet of the batch: each ordered positive pair with each negative of its anchor
/// (PML's default for TripletMarginLoss, `triplets_per_anchor="all"`).
public struct AllTriplets: Miner {
    /// Every triplet.
    public init() {}

    public var name: String { "all" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let pairs = batch.positivePairs
        var out = TripletIndices(reservingCapacity: pairs.reduce(0) { $0 + batch.negatives(of: $1.anchor).count })
        for (a, p) in pairs { for n in batch.negatives(of: a) { out.append(a, p, n) } }
        return out
    }
}

extension Miner where Self == AllTriplets {
    /// Every triplet of the batch.
    public static var all: AllTriplets { AllTriplets() }
}
