/// "Batch hard" mining (Hermans, Beyer & Leibe 2017, "In Defense of the Triplet Loss"): one triplet per anchor, with its
/// farthest positive and its closest negative in the batch (PML's BatchHardMiner).
///
/// Anchors without a positive or without a negative give no triplet. Ties go to the lowest index.
public struct BatchHardTriplets: Miner {
    /// Batch-hard mining.
    public init() {}

    /// A distance to mine with instead of the loss's (PML's miners carry their own).
    public var distance: (any Distance)?

    /// Batch-hard mining on `distance`.
    public init(distance: (any Distance)?) { self.distance = distance }

    public var name: String { "batch hard" }

    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let d = distance.map { $0.dissimilarities(batch.embeddings, batch.embeddings) } ?? batch.dissimilarities
        var out = TripletIndices()
        for a in batch.labels.indices {
            let positives = batch.labels.indices.filter { $0 != a && batch.labels[$0] == batch.labels[a] }
            guard let p = positives.max(by: { d[a, $0] < d[a, $1] }),
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
