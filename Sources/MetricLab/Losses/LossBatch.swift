/// What a loss is computed on: a batch of embeddings with labels, the references they are compared
/// with, and optionally the tuples a miner chose (PML's `forward(embeddings, labels,
/// indices_tuple, ref_emb, ref_labels)` as one value).
///
/// By default the references are the embeddings themselves. A second view (VICReg, the
/// self-supervised wrapper) or a memory of past batches (cross-batch memory) takes their place,
/// and `identity` says which reference, if any, is each example itself, so that an example is
/// never its own positive.
public struct LossBatch: Sendable {
    /// The embeddings, a row per example.
    public var embeddings: Tensor
    /// The labels of the embeddings.
    public var labels: [Int]
    /// The rows the embeddings are compared with.
    public var references: Tensor
    /// The labels of the references.
    public var referenceLabels: [Int]
    /// For each example, the reference row that is the example itself, if any.
    public var identity: [Int?]
    /// The pairs or triplets a miner chose; nil means all of them.
    public var tuples: IndexTuples?
    /// The generator of losses and miners that sample, seeded by the training run and step.
    public var generator: RNG
    /// Whether the references are the embeddings themselves.
    public let referencesAreEmbeddings: Bool
    /// The auxiliary heads' embeddings of the same examples, a tensor per head (S2SD); empty
    /// unless the model has such heads.
    public var auxiliary: [Tensor] = []
    /// The trunk's features of the same examples, which the heads read (S2SD's feature
    /// distillation); nil unless the model exposes them.
    public var features: Tensor?

    /// A batch compared with itself.
    public init(_ embeddings: Tensor, labels: [Int], tuples: IndexTuples? = nil, generator: RNG = RNG(seed: 0)) {
        self.embeddings = embeddings
        self.labels = labels
        references = embeddings
        referenceLabels = labels
        // Made as optionals: `Array(labels.indices)` converted to [Int?] entry by entry through the
        // runtime's dynamic cast, 2% of a training step at batch 512.
        identity = labels.indices.map { $0 }
        self.tuples = tuples
        self.generator = generator
        referencesAreEmbeddings = true
    }

    /// A batch compared with other references; `identity[i]` is the reference that is example i.
    public init(_ embeddings: Tensor, labels: [Int], references: Tensor, referenceLabels: [Int],
                identity: [Int?]? = nil, tuples: IndexTuples? = nil, generator: RNG = RNG(seed: 0)) {
        self.embeddings = embeddings
        self.labels = labels
        self.references = references
        self.referenceLabels = referenceLabels
        self.identity = identity ?? [Int?](repeating: nil, count: labels.count)
        self.tuples = tuples
        self.generator = generator
        referencesAreEmbeddings = false
    }

    /// Two views of the same examples: row i of `second` is the other view of row i of `first`,
    /// each example its own label (PML's `loss(embeddings, ref_emb)` for VICReg and the
    /// self-supervised wrapper).
    public init(views first: Tensor, _ second: Tensor) {
        let labels = Array(0 ..< first.rows)
        self.init(first, labels: labels, references: second, referenceLabels: labels)
    }

    /// Fails with a clear error when the labels, references or tuples do not fit the embeddings.
    func check(_ loss: String) throws {
        guard labels.count == embeddings.rows else {
            throw LossError(loss, "\(labels.count) labels for \(embeddings.rows) embeddings")
        }
        guard referenceLabels.count == references.rows, identity.count == labels.count else {
            throw LossError(loss, "\(referenceLabels.count) reference labels for \(references.rows) references")
        }
        guard references.cols == embeddings.cols || references.rows == 0 else {
            throw LossError(loss, "references have \(references.cols) columns, embeddings \(embeddings.cols)")
        }
        if let tuples {
            let (n, m) = (labels.count, referenceLabels.count)
            let (positive, negative) = tuples.pairs
            let inRange = positive.anchors.allSatisfy { $0 >= 0 && $0 < n } && negative.anchors.allSatisfy { $0 >= 0 && $0 < n }
                && positive.others.allSatisfy { $0 >= 0 && $0 < m } && negative.others.allSatisfy { $0 >= 0 && $0 < m }
            guard inRange else { throw LossError(loss, "a mined tuple lies outside the batch of \(n) against \(m) references") }
        }
    }

    /// Same-label pairs (example, reference), the example itself left out, or the mined positive
    /// pairs: a mask of embeddings × references.
    public var positiveMask: Mask {
        if let tuples { return tuples.pairs.positive.mask(rows: labels.count, cols: referenceLabels.count) }
        if referencesAreEmbeddings { return .positivePairs(labels) }
        return .labelPairs(rows: labels, columns: referenceLabels, same: true, own: { identity[$0] }, ownSet: false)
    }

    /// Different-label pairs, or the mined negative pairs: a mask of embeddings × references.
    public var negativeMask: Mask {
        if let tuples { return tuples.pairs.negative.mask(rows: labels.count, cols: referenceLabels.count) }
        if referencesAreEmbeddings { return .negativePairs(labels) }
        return .labelPairs(rows: labels, columns: referenceLabels, same: false, own: { _ in nil }, ownSet: false)
    }

    /// The positive and negative pairs as lists, row by row (mined pairs as the miner listed
    /// them, duplicates kept; triplets converted as PML does).
    public var pairs: (positive: PairIndices, negative: PairIndices) {
        tuples?.pairs ?? (PairIndices(positiveMask), PairIndices(negativeMask))
    }

    /// The triplets: mined, converted from mined pairs, or every (anchor, positive, negative).
    public var triplets: TripletIndices {
        if let tuples { return tuples.triplets }
        var unused = generator
        return AllTriplets().triplets(in: miningBatch, using: &unused)
    }

    /// The batch as a miner sees it, with the tuples already chosen for it.
    public var miningBatch: MiningBatch {
        var batch = referencesAreEmbeddings ? MiningBatch(embeddings: embeddings, labels: labels)
            : MiningBatch(embeddings: embeddings, labels: labels, references: references,
                          referenceLabels: referenceLabels, identity: identity)
        batch.tuples = tuples
        return batch
    }

    /// The classes present in the batch, ascending.
    public var classes: [Int] { Array(Set(labels)).sorted() }
}
