/// For each anchor-positive pair, the hardest negative: the one closest to the anchor
/// (FaceNet, Schroff 2015, §3.2: argminₙ ‖f(a) − f(n)‖²).
public struct HardNegatives: TripletMiner {
    /// How the miner compares embeddings.
    public var distance: any Distance

    /// The hardest negative per positive pair under `distance` (by default `Euclidean()` on
    /// normalised embeddings, as PML's miners).
    public init(distance: any Distance = Euclidean()) { self.distance = distance }

    public var name: String { "hard" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = batch.dissimilarities(distance)
        var out = TripletIndices()
        for (a, p) in batch.positivePairs {
            if let n = batch.negatives(of: a).min(by: { d[a, $0] < d[a, $1] }) { out.append(a, p, n) }
        }
        return out
    }
}

extension Miner where Self == HardNegatives {
    /// The hardest negative for each positive pair.
    public static var hard: HardNegatives { HardNegatives() }
}
