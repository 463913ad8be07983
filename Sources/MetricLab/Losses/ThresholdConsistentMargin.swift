/// Threshold-consistent margin loss (Zhang et al., "Threshold-Consistent Margin Loss for
/// Open-World Deep Metric Learning", ICLR 2024, the TCM regulariser): it penalises only the hard pairs —
/// positives no more similar than m⁺, negatives at least as similar as m⁻ — each kind averaged over its
/// hard pairs alone, so that one fixed threshold fits every class alike,
///
///     L = λ⁺ · Σ_{s ∈ S⁺, s ≤ m⁺} (m⁺ − s) / |{s ∈ S⁺ : s ≤ m⁺}|  +  λ⁻ · Σ_{s ∈ S⁻, s ≥ m⁻} (s − m⁻) / |{s ∈ S⁻ : s ≥ m⁻}|
///
/// with S⁺ and S⁻ the cosine similarities of the batch's positive and negative pairs (all, or the
/// mined ones as listed); a kind without hard pairs adds 0. The value is one number, so no reducer
/// applies. PML 2.9 compares the batch with itself only (it reads no references, and its wrappers
/// do not take it), as here.
///
/// `init()` gives PML's ThresholdConsistentMarginLoss: λ⁺ = λ⁻ = 1, m⁺ = 0.9, m⁻ = 0.5.
/// `ThresholdConsistentMargin.paper` equals them, PML's reading of the paper; the paper adds TCM
/// to a base loss, as in `MultiSimilarity() + ThresholdConsistentMargin()`.
public struct ThresholdConsistentMargin: Loss {
    /// λ⁺, the weight of the positive part.
    public var positiveWeight: Double
    /// λ⁻, the weight of the negative part.
    public var negativeWeight: Double
    /// m⁺: positive pairs no more similar than this are hard.
    public var positiveMargin: Double
    /// m⁻: negative pairs at least as similar as this are hard.
    public var negativeMargin: Double

    /// A TCM loss; the defaults are PML's.
    public init(positiveWeight: Double = 1, negativeWeight: Double = 1, positiveMargin: Double = 0.9,
                negativeMargin: Double = 0.5) {
        self.positiveWeight = positiveWeight
        self.negativeWeight = negativeWeight
        self.positiveMargin = positiveMargin
        self.negativeMargin = negativeMargin
    }

    /// The paper's setting as PML reads it, which is the default.
    public static let paper = ThresholdConsistentMargin()

    public var name: String { "threshold-consistent margin" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.referencesAreEmbeddings else {
            throw LossError(name, "compares a batch with itself only, as PML's does; it takes no references")
        }
        let pairs = PairValues(batch.embeddings.cosineSimilarities(), batch)
        let hardPositives = Self.mean(of: positiveMargin - pairs.positiveValues, where: pairs.positiveValues.scalars.map { $0 <= positiveMargin })
        let hardNegatives = Self.mean(of: pairs.negativeValues - negativeMargin, where: pairs.negativeValues.scalars.map { $0 >= negativeMargin })
        return LossTerms(reduced: positiveWeight * hardPositives + negativeWeight * hardNegatives)
    }

    /// The mean of the entries of a column that `keep` marks; 0 when it marks none.
    private static func mean(of x: Tensor, where keep: [Bool]) -> Tensor {
        let count = keep.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard count > 0 else { return Tensor(0) }
        return x.select(Mask(rows: x.rows, cols: 1, bits: keep)).sum() / Double(count)
    }
}

extension ThresholdConsistentMargin: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .regularizer,
        paper: Paper("Zhang et al.", "Threshold-Consistent Margin Loss for Open-World Deep Metric Learning", "ICLR", 2024, at: "§3"),
        equation: "L = λ⁺ mean_{s∈S⁺, s≤m⁺}(m⁺ − s) + λ⁻ mean_{s∈S⁻, s≥m⁻}(s − m⁻)",
        pytorchMetricLearning: ["ThresholdConsistentMarginLoss"])
}
