/// Chooses the (anchor, positive, negative) triplets a triplet loss sums over.
///
/// Mining is combinatorial, so it runs outside the tape on plain numbers and hands its choice to the
/// loss as index lists; the loss then gathers those entries of its distance matrix on the tape.
public protocol Miner: Sendable {
    /// A short name for loss names and tables (`semi-hard`).
    var name: String { get }
    /// The triplets to use from `batch`; `rng` serves miners that sample.
    func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices
}

/// What a miner sees of a batch: labels and the loss's distances, as plain numbers.
public struct MiningBatch: Sendable {
    /// The embeddings, a row each (no gradient).
    public let embeddings: Tensor
    /// The labels of the rows.
    public let labels: [Int]
    /// The loss's distance matrix as a dissimilarity: larger is farther (a similarity is negated).
    public let dissimilarities: Tensor
    /// The rows of each label, ascending.
    private let members: [Int: [Int]]
    /// The rows of every other label than each label, ascending.
    private let outsiders: [Int: [Int]]

    /// A batch whose loss compares rows with `distance`.
    public init(embeddings: Tensor, labels: [Int], distance: any Distance) {
        self.embeddings = embeddings.detached
        self.labels = labels
        dissimilarities = distance.dissimilarities(embeddings.detached, embeddings.detached)
        let members = Dictionary(grouping: labels.indices, by: { labels[$0] })
        self.members = members
        outsiders = members.mapValues { own in labels.indices.filter { labels[$0] != labels[own[0]] } }
    }


    /// Every ordered positive pair (a, p): same label, a ≠ p, in row-major order.
    public var positivePairs: [(anchor: Int, positive: Int)] {
        var pairs: [(anchor: Int, positive: Int)] = []
        for a in labels.indices { for p in members[labels[a]]! where p != a { pairs.append((a, p)) } }
        return pairs
    }

    /// The examples whose label differs from example `a`'s, ascending.
    public func negatives(of a: Int) -> [Int] { outsiders[labels[a]]! }
}

/// Triplets as three index lists: triplet k is (anchors[k], positives[k], negatives[k]).
public struct TripletIndices: Sendable, Equatable {
    /// Anchor rows.
    public var anchors: [Int] = []
    /// Positive rows (same label as the anchor, not the anchor).
    public var positives: [Int] = []
    /// Negative rows (another label).
    public var negatives: [Int] = []

    /// No triplets.
    public init() {}

    /// No triplets yet, with room for `count`.
    public init(reservingCapacity count: Int) {
        anchors.reserveCapacity(count)
        positives.reserveCapacity(count)
        negatives.reserveCapacity(count)
    }

    /// Triplets from three equally long lists.
    public init(anchors: [Int], positives: [Int], negatives: [Int]) {
        precondition(anchors.count == positives.count && positives.count == negatives.count,
                     "TripletIndices: lists of unequal length")
        self.anchors = anchors
        self.positives = positives
        self.negatives = negatives
    }

    /// The number of triplets.
    public var count: Int { anchors.count }

    /// Adds a triplet.
    public mutating func append(_ a: Int, _ p: Int, _ n: Int) {
        anchors.append(a)
        positives.append(p)
        negatives.append(n)
    }
}
