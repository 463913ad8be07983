/// Chooses the pairs or triplets of a batch that a loss is computed on (PML's miners).
///
/// Mining is combinatorial, so it runs outside the tape on plain numbers and hands its choice to
/// the loss as index lists; the loss then gathers those entries of its distance matrix on the
/// tape. A miner measures with its own distance (PML's defaults: `Euclidean()` on normalised
/// embeddings for most), whatever the loss's is.
public protocol Miner: Sendable {
    /// A short name for loss names and tables (`semi-hard`).
    var name: String { get }
    /// The tuples to use from `batch`; `rng` serves miners that sample.
    func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples
}

/// A miner that chooses triplets.
public protocol TripletMiner: Miner {
    /// The triplets to use from `batch`.
    func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices
}

extension TripletMiner {
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        .triplets(triplets(in: batch, using: &rng))
    }
}

/// A miner that chooses positive and negative pairs.
public protocol PairMiner: Miner {
    /// The positive and negative pairs to use from `batch`.
    func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices)
}

extension PairMiner {
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        let (positive, negative) = pairs(in: batch, using: &rng)
        return .pairs(positive: positive, negative: negative)
    }
}

/// What a miner sees of a batch: embeddings and labels as plain numbers, and the references they
/// are compared with (the batch itself, a second view, or a memory of past batches).
public struct MiningBatch: Sendable {
    /// The embeddings, a row each (no gradient).
    public let embeddings: Tensor
    /// The labels of the rows.
    public let labels: [Int]
    /// The rows the embeddings are compared with (no gradient).
    public let references: Tensor
    /// The labels of the references.
    public let referenceLabels: [Int]
    /// For each embedding, the reference row that is the same example, if any: never its own positive.
    public let identity: [Int?]
    /// Tuples chosen before this miner (by the caller, or by a miner mining outside this one), for
    /// a miner that filters them instead of the whole batch (HDC's cascade); nil when none were.
    public var tuples: IndexTuples?
    /// The reference rows of each label, ascending.
    private let members: [Int: [Int]]
    /// The reference rows of every other label than each label, ascending.
    private let outsiders: [Int: [Int]]

    /// A batch compared with itself.
    public init(embeddings: Tensor, labels: [Int]) {
        self.init(embeddings: embeddings, labels: labels, references: embeddings, referenceLabels: labels,
                  identity: Array(labels.indices))
    }

    /// A batch compared with other references; `identity[i]` is the reference row that is example i.
    public init(embeddings: Tensor, labels: [Int], references: Tensor, referenceLabels: [Int], identity: [Int?]) {
        precondition(labels.count == embeddings.rows && referenceLabels.count == references.rows && identity.count == labels.count,
                     "MiningBatch: labels or identities do not match the rows")
        self.embeddings = embeddings.detached
        self.labels = labels
        self.references = references.detached
        self.referenceLabels = referenceLabels
        self.identity = identity
        let members = Dictionary(grouping: referenceLabels.indices, by: { referenceLabels[$0] })
        self.members = members
        let all = Set(labels).union(referenceLabels)
        outsiders = Dictionary(uniqueKeysWithValues: all.map { label in
            (label, referenceLabels.indices.filter { referenceLabels[$0] != label })
        })
    }

    /// The matrix between the embeddings and the references under `distance` (no gradient).
    public func matrix(_ distance: any Distance) -> Tensor { distance.matrix(embeddings, references).detached }

    /// The matrix turned so that larger is farther: a similarity negated.
    public func dissimilarities(_ distance: any Distance) -> Tensor {
        distance.dissimilarities(embeddings, references).detached
    }

    /// The references with example `a`'s label, `a` itself left out, ascending.
    public func positives(of a: Int) -> [Int] {
        let own = members[labels[a]] ?? []
        guard let me = identity[a] else { return own }
        return own.filter { $0 != me }
    }

    /// The references whose label differs from example `a`'s, ascending.
    public func negatives(of a: Int) -> [Int] { outsiders[labels[a]] ?? [] }

    /// Every positive pair (a, p), a row by row and p ascending.
    public var positivePairs: [(anchor: Int, positive: Int)] {
        labels.indices.flatMap { a in positives(of: a).map { (a, $0) } }
    }

    /// Every positive pair and every negative pair as index lists, row by row (PML's
    /// `get_all_pairs_indices`): one pass over the labels, for miners that rank or bin all pairs.
    public var allPairs: (positive: PairIndices, negative: PairIndices) {
        var positive = PairIndices(), negative = PairIndices()
        let m = referenceLabels.count
        for (i, label) in labels.enumerated() {
            for j in 0 ..< m {
                if referenceLabels[j] != label { negative.append(i, j) } else if identity[i] != j { positive.append(i, j) }
            }
        }
        return (positive, negative)
    }

    /// Same-label pairs, the example itself left out, as a mask of embeddings × references.
    public var positiveMask: Mask {
        Mask(rows: labels.count, cols: referenceLabels.count) { i, j in labels[i] == referenceLabels[j] && identity[i] != j }
    }

    /// Different-label pairs as a mask of embeddings × references.
    public var negativeMask: Mask {
        Mask(rows: labels.count, cols: referenceLabels.count) { i, j in labels[i] != referenceLabels[j] }
    }
}
