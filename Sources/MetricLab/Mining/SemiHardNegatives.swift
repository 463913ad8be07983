/// For each anchor-positive pair, FaceNet's semi-hard negative: the closest negative that is still
/// farther from the anchor than the positive (Schroff 2015, eq. 4: d(a,p) < d(a,n)).
///
/// When no negative is farther than the positive, the farthest negative is used, as TensorFlow's
/// `triplet_semihard_loss` (the reference implementation of FaceNet's rule) does, so that every
/// positive pair keeps a triplet.
public struct SemiHardNegatives: TripletMiner {
    /// How the miner compares embeddings.
    public var distance: any Distance

    /// FaceNet's semi-hard negatives under `distance` (by default `Euclidean()` on normalised
    /// embeddings, as PML's miners; FaceNet's squared distance picks the same negatives).
    public init(distance: any Distance = Euclidean()) { self.distance = distance }

    public var name: String { "semi-hard" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = batch.dissimilarities(distance)
        var out = TripletIndices()
        for (a, p) in batch.positivePairs {
            // One pass: the closest negative beyond the positive, and the farthest as a fallback;
            // the first in index order wins a tie, as in `min(by:)` and `max(by:)`.
            let beyond = d[a, p]
            var closest: (n: Int, d: Double)?, farthest: (n: Int, d: Double)?
            for n in batch.negatives(of: a) {
                let dan = d[a, n]
                if dan > beyond && dan < closest?.d ?? .infinity { closest = (n, dan) }
                if farthest == nil || dan > farthest!.d { farthest = (n, dan) }
            }
            if let n = closest?.n ?? farthest?.n { out.append(a, p, n) }
        }
        return out
    }
}

extension Miner where Self == SemiHardNegatives {
    /// FaceNet's semi-hard negative for each positive pair.
    public static var semiHard: SemiHardNegatives { SemiHardNegatives() }
}
