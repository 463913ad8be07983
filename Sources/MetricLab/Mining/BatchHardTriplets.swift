/// "Batch hard" mining (Hermans, Beyer & Leibe 2017, "In Defense of the Triplet Loss"): one triplet per anchor, with its
/// farthest positive and its closest negative in the batch (PML's BatchHardMiner).
///
/// Anchors without a positive or without a negative give no triplet. Ties go to the lowest index.
public struct BatchHardTriplets: TripletMiner {
    /// How the miner compares embeddings.
    public var distance: any Distance

    /// Batch-hard mining on `distance` (PML's default: `Euclidean()` on normalised embeddings).
    public init(distance: any Distance = Euclidean()) { self.distance = distance }

    public var name: String { "batch hard" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = batch.dissimilarities(distance)
        var out = TripletIndices()
        for a in batch.labels.indices {
            guard let p = batch.positives(of: a).max(by: { d[a, $0] < d[a, $1] }),
                  let n = batch.negatives(of: a).min(by: { d[a, $0] < d[a, $1] }) else { continue }
            out.append(a, p, n)
        }
        return out
    }
}

extension Miner where Self == BatchHardTriplets {
    /// Each anchor's farthest positive and closest negative.
    public static var batchHard: BatchHardTriplets { BatchHardTriplets() }
}
