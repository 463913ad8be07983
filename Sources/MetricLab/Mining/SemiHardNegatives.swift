/// For each anchor-positive pair, FaceNet's semi-hard negative: the closest negative that is still
/// farther from the anchor than the positive (Schroff 2015, eq. 4: d(a,p) < d(a,n)).
///
/// When no negative is farther than the positive, the farthest negative is used, as TensorFlow's
/// `triplet_semihard_loss` (the reference implementation of FaceNet's rule) does, so that every
/// positive pair keeps a triplet.
public struct SemiHardNegatives: Miner {
    /// FaceNet's semi-hard negatives.
    public init() {}

    public var name: String { "semi-hard" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = batch.dissimilarities
        var out = TripletIndices()
        for (a, p) in batch.positivePairs {
            let negatives = batch.negatives(of: a)
            let farther = negatives.filter { d[a, $0] > d[a, p] }
            let chosen = farther.min(by: { d[a, $0] < d[a, $1] }) ?? negatives.max(by: { d[a, $0] < d[a, $1] })
            if let n = chosen { out.append(a, p, n) }
        }
        return out
    }
}

extension Miner where Self == SemiHardNegatives {
    /// FaceNet's semi-hard negative for each positive pair.
    public static var semiHard: SemiHardNegatives { SemiHardNegatives() }
}
