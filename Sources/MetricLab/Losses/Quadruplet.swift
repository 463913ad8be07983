/// Quadruplet loss (Chen, Chen, Zhang & Huang 2017, eq. 4): the triplet term, plus a second term
/// asking that a positive pair be closer than any negative pair of two other classes,
///
///     Σ [d(i, j) − d(i, k) + α₁]₊  +  Σ [d(i, j) − d(l, k) + α₂]₊,
///
/// with y_i = y_j, y_k ≠ y_i, and in the second term y_l ≠ y_k, y_l ≠ y_i, y_k ≠ y_i; d is the squared
/// distance (the paper's g²). Each term is averaged over its tuples (the paper sums; the mean keeps
/// the scale free of the batch size). For a similarity the differences flip sign.
///
/// There is no PML counterpart; `init()` is the paper's setting: squared Euclidean distance,
/// α₁ = 1, α₂ = 0.5 (the second margin smaller, so the inter-class push is weaker than the
/// triplet's), also `Quadruplet.paper`.
public struct Quadruplet: Loss {
    /// The triplet term's margin α₁.
    public var margin: Double
    /// The second term's margin α₂.
    public var secondMargin: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How each term's tuple losses become one number.
    public var reduction: Reduction

    /// A quadruplet loss with the paper's settings by default.
    public init(margin: Double = 1, secondMargin: Double = 0.5,
                distance: any Distance = Euclidean(squared: true, normalized: false), reduction: Reduction = .mean) {
        self.margin = margin
        self.secondMargin = secondMargin
        self.distance = distance
        self.reduction = reduction
    }

    /// The paper's setting.
    public static let paper = Quadruplet()

    public var name: String { "quadruplet" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let n = labels.count
        let d = distance.isSimilarity ? -distance.matrix(embeddings) : distance.matrix(embeddings)
        let positive = Mask.positivePairs(labels)
        let pairs = positive.bits.indices.filter { positive.bits[$0] }.map { ($0 / n, $0 % n) }
        guard !pairs.isEmpty, Mask.negativePairs(labels).count > 0 else { return embeddings.sum() * 0 }
        let anchors = pairs.map(\.0)
        let ap = d.entries(rows: anchors, cols: pairs.map(\.1))

        let tripletNegatives = Mask(rows: pairs.count, cols: n) { labels[$1] != labels[anchors[$0]] }
        let triplet = (ap - d.gatherRows(anchors) + margin).select(tripletNegatives).relu()

        let negativePairs = (0 ..< n).flatMap { l in (l + 1 ..< n).filter { labels[$0] != labels[l] }.map { (l, $0) } }
        let others = Mask(rows: pairs.count, cols: negativePairs.count) { r, q in
            let c = labels[anchors[r]]
            return labels[negativePairs[q].0] != c && labels[negativePairs[q].1] != c
        }
        let lk = d.entries(rows: negativePairs.map(\.0), cols: negativePairs.map(\.1)).transposed()
        let interClass = (ap - lk + secondMargin).select(others).relu()
        return reduction(triplet) + reduction(interClass)
    }
}
