/// For each anchor-positive pair, negatives drawn uniformly at random (with replacement): the
/// baseline of Hoffer & Ailon 2015, who sample triplets at random.
public struct RandomNegatives: TripletMiner {
    /// How many negatives to draw per positive pair.
    public var perPair: Int

    /// `perPair` random negatives per positive pair.
    public init(perPair: Int = 1) {
        precondition(perPair > 0, "RandomNegatives: perPair must be positive")
        self.perPair = perPair
    }

    public var name: String { "random" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        var out = TripletIndices()
        for (a, p) in batch.positivePairs {
            let negatives = batch.negatives(of: a)
            guard !negatives.isEmpty else { continue }
            for _ in 0 ..< perPair { out.append(a, p, negatives[rng.int(below: negatives.count)]) }
        }
        return out
    }
}

extension Miner where Self == RandomNegatives {
    /// One random negative per positive pair.
    public static var random: RandomNegatives { RandomNegatives() }
}
