/// Rows taken three by three as (anchor, positive, negative) (pytorch-metric-learning's
/// EmbeddingsAlreadyPackagedAsTriplets): for data that comes as triplets, the way the first
/// triplet networks (Hoffer & Ailon 2015) were fed.
///
/// Triplet k is (3k, 3k + 1, 3k + 2): the anchor a row of the embeddings, the positive and the
/// negative rows of the references. Labels are not consulted: the packaging is the supervision.
/// `mine` refuses a batch that is not whole triplets, or references too few to hold them, where
/// PML's index lists come out unequal or out of range.
public struct EmbeddingsAlreadyPackagedAsTriplets: TripletMiner {
    /// The packaged triplets.
    public init() {}

    public var name: String { "packaged triplets" }

    /// The packaged triplets, after checking the batch is made of them.
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        let (n, m) = (batch.labels.count, batch.referenceLabels.count)
        guard n % 3 == 0 else {
            throw MinerError(name, "a batch of \(n) rows is not whole triplets: give (anchor, positive, negative) rows, a multiple of 3")
        }
        guard m >= n else { throw MinerError(name, "\(m) references cannot hold the positives and negatives of \(n) rows") }
        return .triplets(triplets(in: batch, using: &rng))
    }

    /// The triplets (3k, 3k + 1, 3k + 2) of the whole triplets the batch holds.
    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let count = Swift.min(batch.labels.count, batch.referenceLabels.count) / 3
        return TripletIndices(anchors: (0 ..< count).map { 3 * $0 }, positives: (0 ..< count).map { 3 * $0 + 1 },
                              negatives: (0 ..< count).map { 3 * $0 + 2 })
    }
}

extension Miner where Self == EmbeddingsAlreadyPackagedAsTriplets {
    /// Rows taken three by three as (anchor, positive, negative).
    public static var packagedTriplets: EmbeddingsAlreadyPackagedAsTriplets { EmbeddingsAlreadyPackagedAsTriplets() }
}
