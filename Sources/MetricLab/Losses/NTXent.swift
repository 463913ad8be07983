/// NT-Xent, the normalised temperature-scaled cross-entropy of SimCLR (Chen et al. 2020, eq. 1),
/// InfoNCE (van den Oord et al. 2018, eq. 4) with the other views of the batch as negatives.
///
///     ℓᵢⱼ = −log( e^{sᵢⱼ/τ} / (e^{sᵢⱼ/τ} + Σ_{k: yₖ ≠ yᵢ} e^{sᵢₖ/τ}) ),   L = mean over positive pairs (i, j)
///
/// The embeddings are the stacked views and the labels mark which rows are views of one instance
/// (pytorch-metric-learning's convention), so every ordered pair of views of an instance is a
/// positive pair and every view of another instance a negative; with class labels this is the
/// same loss over classes. Defaults are PML's NTXentLoss: cosine similarity, τ = 0.07, mean over
/// positive pairs; `NTXent.paper` uses τ = 0.1, SimCLR's ImageNet setting. A batch without positive
/// or without negative pairs gives 0.
public struct NTXent: Loss {
    /// The temperature τ.
    public var temperature: Double
    /// How views are compared; a distance is negated into a similarity.
    public var distance: any Distance
    /// How the per-pair terms become one number.
    public var reduction: Reduction

    /// NT-Xent with temperature τ on the given similarity (PML's defaults: 0.07, cosine, mean).
    public init(temperature: Double = 0.07, distance: any Distance = CosineSimilarity(),
                reduction: Reduction = .mean) {
        self.temperature = temperature
        self.distance = distance
        self.reduction = reduction
    }

    /// SimCLR's setting: τ = 0.1 on cosine similarity.
    public static let paper = NTXent(temperature: 0.1)

    public var name: String { "NT-Xent" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let positives = Mask.positivePairs(labels), negatives = Mask.negativePairs(labels)
        guard positives.count > 0, negatives.count > 0 else { return Tensor(0) }
        let matrix = distance.matrix(embeddings)
        let logits = (distance.isSimilarity ? matrix : -matrix) / temperature
        let n = labels.count
        let pairs = (0 ..< n * n).filter { positives.bits[$0] }.map { (anchor: $0 / n, positive: $0 % n) }
        // Row k of `rows` is pair k's anchor row; it keeps that pair's positive and the anchor's negatives.
        let rows = logits.gatherRows(pairs.map(\.anchor))
        let kept = Mask(rows: pairs.count, cols: n) { k, j in j == pairs[k].positive || negatives[pairs[k].anchor, j] }
        let positive = logits.entries(rows: pairs.map(\.anchor), cols: pairs.map(\.positive))
        return reduction(rows.logSumExpRows(mask: kept) - positive)
    }
}

/// InfoNCE is NT-Xent: the same loss under van den Oord et al.'s name.
public typealias InfoNCE = NTXent
