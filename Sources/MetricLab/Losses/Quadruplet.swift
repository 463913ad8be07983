/// Quadruplet loss (Chen, Chen, Zhang & Huang, "Beyond Triplet Loss: A Deep Quadruplet Network for
/// Person Re-identification", CVPR 2017, §3): the triplet term, plus a second term asking that a
/// positive pair be closer than any negative pair of two other classes,
///
///     Σ [d(i, j) − d(i, k) + α₁]₊  +  Σ [d(i, j) − d(l, k) + α₂]₊,
///
/// with y_i = y_j, y_k ≠ y_i, and in the second term y_l ≠ y_k, y_l ≠ y_i, y_k ≠ y_i; d is the squared
/// distance (the paper's g²). Both sums run over ordered indices, as the paper's do: the second
/// term's tuple (i, j, l, k) and its three reorderings (j, i, l, k), (i, j, k, l), (j, i, k, l) are
/// four terms. Each term is averaged over its tuples by default (the paper sums, which
/// `reducer: .sum` gives; the mean keeps the scale free of the batch size). For a similarity the
/// differences flip sign.
///
/// There is no PML counterpart; `init()` is the paper's setting, also `Quadruplet.paper`: squared
/// Euclidean distance, α₁ = 1, α₂ = 0.5. The paper weighs its adaptive margins w(μ_n − μ_p) with
/// w = 1 and 0.5 in this ratio, so that the push between other classes is the weaker one; the fixed
/// margins here keep that ratio without the online statistics.
public struct Quadruplet: Loss {
    /// The triplet term's margin α₁.
    public var margin: Double
    /// The second term's margin α₂.
    public var secondMargin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How each term's tuple losses become one number.
    public var reducer: Reducer

    /// A quadruplet loss with the paper's settings by default.
    public init(margin: Double = 1, secondMargin: Double = 0.5,
                distance: any Distance = Euclidean(squared: true, normalized: false), reducer: Reducer = .mean) {
        self.margin = margin
        self.secondMargin = secondMargin
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting.
    public static let paper = Quadruplet()

    public var name: String { "quadruplet" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        let n = labels.count
        let d = distance.dissimilarities(embeddings, embeddings)
        let positive = Mask.positivePairs(labels), negative = Mask.negativePairs(labels)
        guard positive.count > 0, negative.count > 0 else { return .none }
        let pairs = positive.bits.indices.filter { positive.bits[$0] }.map { ($0 / n, $0 % n) }
        let anchors = pairs.map(\.0)
        let ap = d.entries(rows: anchors, cols: pairs.map(\.1))
        let negativeOfPair = Mask(rows: pairs.count, cols: n) { r, k in labels[k] != labels[anchors[r]] }
        let triplet = ((ap + margin) - d.gatherRows(anchors)).select(negativeOfPair).relu()

        // Second term, one block per class c: c's unordered positive pairs against every unordered
        // negative pair of two other classes, so that no entry of a block needs masking; each entry
        // counts four times, for the ordered tuples it stands for. Margins are added to the short
        // columns before broadcasting, sparing a pass over each block.
        let negativePairs = (0 ..< n).flatMap { l in (l + 1 ..< n).filter { labels[$0] != labels[l] }.map { (l, $0) } }
        let blocks = Set(labels).sorted().compactMap { c -> Tensor? in
            let own = pairs.filter { labels[$0.0] == c && $0.0 < $0.1 }
            let others = negativePairs.filter { labels[$0.0] != c && labels[$0.1] != c }
            guard !own.isEmpty, !others.isEmpty else { return nil }
            let ij = d.entries(rows: own.map(\.0), cols: own.map(\.1))
            let lk = d.entries(rows: others.map(\.0), cols: others.map(\.1)).transposed()
            return ((ij + secondMargin) - lk).relu()
        }
        let triplets = negativeOfPair.entries.reduce(into: TripletIndices()) { $0.append(anchors[$1.0], pairs[$1.0].1, $1.1) }
        return LossTerms([TermGroup(triplet, triplets: triplets), TermGroup(blocks: blocks, multiplicity: 4)])
    }
}

extension Quadruplet: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Chen, Chen, Zhang & Huang", "Beyond Triplet Loss: A Deep Quadruplet Network for Person Re-identification", "CVPR", 2017, at: "§3"),
        equation: "L = Σ [d(i, j) − d(i, k) + α₁]₊ + Σ [d(i, j) − d(l, k) + α₂]₊   (y_i = y_j; k, l of two other classes)")
}
