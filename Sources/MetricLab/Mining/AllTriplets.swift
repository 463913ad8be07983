/// Every triplet of the batch: each ordered positive pair with each negative of its anchor
/// (PML's default for TripletMarginLoss, `triplets_per_anchor="all"`).
public struct AllTriplets: Miner {
    /// Every triplet.
    public init() {}

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        var out = TripletIndices()
        for (a, p) in batch.positivePairs { for n in batch.negatives(of: a) { out.append(a, p, n) } }
        return out
    }
}

extension Miner where Self == AllTriplets {
    /// Every triplet of the batch.
    public static var all: AllTriplets { AllTriplets() }
}
