/// NT-Xent, the normalised temperature-scaled cross-entropy of SimCLR (Chen et al. 2020, eq. 1),
/// InfoNCE (van den Oord et al. 2018, eq. 4) with the other views of the batch as negatives.
///
///     ℓᵢⱼ = −log( e^{sᵢⱼ/τ} / (e^{sᵢⱼ/τ} + Σ_{k: yₖ ≠ yᵢ} e^{sᵢₖ/τ}) ),   L = mean over positive pairs (i, j)
///
/// The embeddings are the stacked views and the labels mark which rows are views of one instance
/// (pytorch-metric-learning's convention), so every ordered pair of views of an instance is a
/// positive pair and every view of another instance a negative; with class labels this is the
/// same loss over classes. Defaults are PML's NTXentLoss: cosine similarity, τ = 0.07, mean over
/// positive pairs; `NTXent.paper` uses τ = 0.1, the default of SimCLR's code. A batch without positive
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

    /// SimCLR's setting: τ = 0.1 on cosine similarity (its code's default).
    public static let paper = NTXent(temperature: 0.1)

    public var name: String { "NT-Xent" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let distinct = Set(labels).count
        guard distinct > 1, distinct < labels.count else { return Tensor(0) }
        // The logits are ℓ = s/τ; 1/τ enters the log-sum-exp and the positive pairs, not the m×m matrix.
        let s = distance.similarities(embeddings, embeddings)
        // −log(e^{ℓᵢⱼ} / (e^{ℓᵢⱼ} + Nᵢ)) = softplus(log Nᵢ − ℓᵢⱼ), with Nᵢ = Σ over i's negatives of e^{ℓᵢₖ}
        // (once the batch has two labels, every anchor has negatives).
        // The soft-plus runs on the positive pairs only: with two views per instance that is 2 of
        // every row's m entries.
        let positives = Mask.positivePairs(labels)
        let negatives = s.logSumExpRows(mask: Mask.negativePairs(labels), scale: 1 / temperature)
        return reduction((negatives.gatherRows(positives.entryRows) - s.select(positives) * (1 / temperature)).softplus())
    }
}

/// InfoNCE is NT-Xent: the same loss under van den Oord et al.'s name.
public typealias InfoNCE = NTXent
