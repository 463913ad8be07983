import Foundation

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
public struct NTXent: ReferenceLoss {
    /// The temperature τ.
    public var temperature: Double
    /// How views are compared; a distance is negated into a similarity.
    public var distance: any Distance
    /// How the per-pair terms become one number.
    public var reducer: Reducer

    /// NT-Xent with temperature τ on the given similarity (PML's defaults: 0.07, cosine, mean).
    public init(temperature: Double = 0.07, distance: any Distance = CosineSimilarity(), reducer: Reducer = .mean) {
        self.temperature = temperature
        self.distance = distance
        self.reducer = reducer
    }

    /// SimCLR's setting: τ = 0.1 on cosine similarity (its code's default).
    public static let paper = NTXent(temperature: 0.1)

    public var name: String { "NT-Xent" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        // The logits are ℓ = s/τ; 1/τ enters the log-sum-exp and the positive pairs, not the m×m matrix.
        // −log(e^{ℓᵢⱼ} / (e^{ℓᵢⱼ} + Nᵢ)) = softplus(log Nᵢ − ℓᵢⱼ), with Nᵢ = Σ over i's negative pairs
        // of e^{ℓᵢₖ}; the soft-plus runs on the positive pairs only.
        let positive: PairIndices, negatives: Tensor, hasNegatives: [Bool]
        let s: Tensor
        if batch.tuples == nil {
            let positiveMask = batch.positiveMask, negativeMask = batch.negativeMask
            guard positiveMask.count > 0, negativeMask.count > 0 else { return .none }
            s = distance.similarities(batch.embeddings, batch.references)
            positive = PairIndices(positiveMask)
            negatives = s.logSumExpRows(mask: negativeMask, scale: 1 / temperature)
            hasNegatives = negativeMask.rowHasAny
        } else {
            let pairs = batch.pairs
            guard pairs.positive.count > 0, pairs.negative.count > 0 else { return .none }
            s = distance.similarities(batch.embeddings, batch.references)
            positive = pairs.positive
            negatives = negativeLogSums(s, pairs.negative)
            hasNegatives = (0 ..< batch.labels.count).map(Set(pairs.negative.anchors).contains)
        }
        var terms = (negatives.gatherRows(positive.anchors) - s.entries(rows: positive.anchors, cols: positive.others) * (1 / temperature)).softplus()
        // An anchor without negative pairs has nothing to tell its positive from: no loss (PML's e⁰/e⁰).
        if !positive.anchors.allSatisfy({ hasNegatives[$0] }) {
            terms = terms * Tensor(rows: positive.count, cols: 1, scalars: positive.anchors.map { hasNegatives[$0] ? 1 : 0 })
        }
        return LossTerms([TermGroup(terms, pairs: positive)])
    }

    /// log Σ e^{sᵢₖ/τ} over each row's negative pairs, counted with their multiplicity.
    private func negativeLogSums(_ s: Tensor, _ negative: PairIndices) -> Tensor {
        var counts = [Double](repeating: 0, count: s.count)
        for (a, k) in zip(negative.anchors, negative.others) { counts[a * s.cols + k] += 1 }
        let mask = Mask(rows: s.rows, cols: s.cols, bits: counts.map { $0 > 0 })
        guard counts.contains(where: { $0 > 1 }) else { return s.logSumExpRows(mask: mask, scale: 1 / temperature) }
        let logCounts = Tensor(rows: s.rows, cols: s.cols, scalars: counts.map { $0 > 1 ? Foundation.log($0) : 0 })
        return (s * (1 / temperature) + logCounts).logSumExpRows(mask: mask)
    }
}

/// InfoNCE is NT-Xent: the same loss under van den Oord et al.'s name.
public typealias InfoNCE = NTXent

extension NTXent: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .selfSupervised,
        paper: Paper("Chen, Kornblith, Norouzi & Hinton", "A Simple Framework for Contrastive Learning of Visual Representations", "ICML", 2020, at: "Eq. 1"),
        equation: "ℓᵢⱼ = −log( e^{sᵢⱼ/τ} / (e^{sᵢⱼ/τ} + Σ_{k: yₖ≠yᵢ} e^{sᵢₖ/τ}) )",
        pytorchMetricLearning: ["NTXentLoss"])
}
