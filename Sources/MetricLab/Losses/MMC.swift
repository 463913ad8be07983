/// Xing et al.'s metric learning objective (Xing, Ng, Jordan & Russell 2002, "Distance Metric
/// Learning, with Application to Clustering with Side-Information"; MMC in later surveys), for
/// training a `Linear` model x ↦ xL, whose embedding distance ‖(xᵢ − xⱼ)L‖ is the Mahalanobis
/// distance ‖xᵢ − xⱼ‖_A with A = LLᵀ.
///
/// The paper's problem (§2) is: minimise Σ_S ‖xᵢ − xⱼ‖²_A subject to Σ_D ‖xᵢ − xⱼ‖_A ≥ 1 and
/// A ⪰ 0, with S the similar (same-label) and D the dissimilar pairs. Writing A = LLᵀ makes A ⪰ 0
/// hold by construction; the constraint is replaced by the penalty the paper itself minimises for
/// a diagonal A (§2.1):
///
///     L = mean_S ‖zᵢ − zⱼ‖² − log mean_D ‖zᵢ − zⱼ‖,    z = xL
///
/// Both forms have the same minimisers up to a scale of A: the log barrier keeps the dissimilar
/// pairs from collapsing while the first term shrinks the similar ones. Means instead of the
/// paper's sums only rescale A, and keep the loss independent of the batch size. A batch without
/// dissimilar pairs has no constraint (the second term is 0), and without similar pairs no first
/// term; the mean dissimilar distance is floored at 1e-12 so that collapsed embeddings give a
/// large finite loss, not infinity. There are no hyperparameters, so `MMC.paper` is `MMC()`.
public struct MMC: Loss {
    /// Xing et al.'s objective.
    public init() {}

    /// The paper's objective (there is nothing to set).
    public static let paper = MMC()

    public var name: String { "MMC (Xing 2002)" }

    /// The Mahalanobis matrix A = LLᵀ of a linear model's weights L (input×output).
    public static func metric(of weights: Tensor) -> Tensor { weights.matmul(weights.transposed()).detached }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        let similar = Mask.positivePairs(labels), dissimilar = Mask.negativePairs(labels)
        var loss = Tensor(0)
        if similar.count > 0 {
            loss = loss + embeddings.pairwiseSquaredDistances().select(similar).mean()
        }
        if dissimilar.count > 0 {
            loss = loss - embeddings.pairwiseDistances().select(dissimilar).mean().clamp(min: 1e-12).log()
        }
        return LossTerms(reduced: loss)
    }
}

extension MMC: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Xing, Ng, Jordan & Russell", "Distance Metric Learning, with Application to Clustering with Side-Information", "NIPS", 2002, at: "§2.1"),
        equation: "L = mean_S ‖zᵢ − zⱼ‖² − log mean_D ‖zᵢ − zⱼ‖,   z = xL")
}
