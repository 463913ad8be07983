import Foundation

/// PNP loss (Li, Min, Song, Zhu, Kang, Wei, Wei & Jiang 2022, "Rethinking the Optimization of Average Precision:
/// Only Penalizing Negative Instances before Positive Ones is Enough", Eqs. 4–9): for each
/// positive of a query, a soft count of the negatives ranked above it, penalised through a
/// function g whose slope decides which positives the gradient favours.
///
/// For query q with cosine similarities s_q·, its class P_q (itself included) and negatives N_q,
///
///     R_qk = Σ_{l ∈ N_q} σ((s_ql − s_qk)/τ)
///     L = mean over queries of (1/|P_q|) Σ_{k ∈ P_q} g(R_qk)      (for Dq: 1 minus that mean)
///
/// over the queries with another example of their class, as in PML (0 when there is none).
///
/// with g chosen by `variant` (O, D_s, D_q, I_u, I_b). Defaults are PML's PNPLoss: PNP-O, τ = 0.01,
/// b = 2, α = 1, cosine similarity. `PNP.paper` is the authors' recommended PNP-D_q with α = 4 at
/// τ = 0.01 (their released best run). PML takes no mined tuples for this loss, and neither does
/// MetricLab. PML clamps the sigmoid's exponent at ±50, which moves values by less than 1e-21.
/// Ranks are summed row by row, in n² memory where PyTorch takes n³.
public struct PNP: Loss {
    /// How a positive's count of negatives ranked above it is penalised.
    public enum Variant: Sendable, Equatable {
        /// PNP-O: g(R) = R, every negative before a positive costs the same.
        case plain
        /// PNP-D_s: g(R) = log(1 + R), a slope 1/(1 + R) that decreases slowly.
        case decreasingSlowly
        /// PNP-D_q: g(R) = −1/(1 + R)^α (the loss is 1 − the mean of (1 + R)^−α), a slope
        /// α/(1 + R)^(α+1) that decreases quickly.
        case decreasingQuickly(alpha: Double)
        /// PNP-I_u: g(R) = (1 + R) log(1 + R), a slope 1 + log(1 + R) that grows without bound.
        case increasingUnbounded
        /// PNP-I_b: g(R) = (bR − log(1 + bR))/b², a slope R/(1 + bR) that grows towards 1/b.
        case increasingBounded(b: Double)
    }

    /// The penalty g and its parameter.
    public var variant: Variant
    /// The temperature τ of the sigmoid.
    public var temperature: Double

    /// PNP with the given variant at temperature τ (PML's defaults: PNP-O, τ = 0.01).
    public init(variant: Variant = .plain, temperature: Double = 0.01) {
        self.variant = variant
        self.temperature = temperature
    }

    /// The authors' recommended setting: PNP-D_q with α = 4, τ = 0.01.
    public static let paper = PNP(variant: .decreasingQuickly(alpha: 4))

    public var name: String { "PNP" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard temperature > 0 else { throw LossError(name, "the temperature τ must be positive, got \(temperature)") }
        if case .increasingBounded(let b) = variant, b <= 0 {
            throw LossError(name, "PNP-I_b needs a positive b, got \(b)")
        }
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples (PML refuses an indices_tuple for this loss)") }
        guard batch.referencesAreEmbeddings else { throw LossError(name, "ranks the batch against itself; it takes no references (as in PML)") }
        let labels = batch.labels
        // As in PML, a query needs another example of its class; then it counts among its positives.
        let queries = Mask.positivePairs(labels).rowHasAny
        guard queries.contains(true) else { return .none }
        let s = CosineSimilarity().matrix(batch.embeddings)
        let sameClass = Mask.sameLabel(labels) && Mask(rows: labels.count, cols: labels.count) { i, _ in queries[i] }
        let r = s.rowSigmoidRankSums(at: sameClass, over: .differentLabel(labels), temperature: temperature)
        let penalty: Tensor
        switch variant {
        case .plain: penalty = r
        case .decreasingSlowly: penalty = (1 + r).log()
        case .decreasingQuickly(let alpha): penalty = (1 + r).pow(-alpha)
        case .increasingUnbounded: penalty = (1 + r) * (1 + r).log()
        case .increasingBounded(let b): penalty = (b * r - (1 + b * r).log()) / (b * b)
        }
        let rows = queries.indices.filter { queries[$0] }, counts = sameClass.rowCounts
        let sizes = Tensor(rows: rows.count, cols: 1, scalars: rows.map { Double(counts[$0]) })
        let mean = (penalty.rowSums(where: sameClass).gatherRows(rows) / sizes).mean()
        if case .decreasingQuickly = variant { return LossTerms(reduced: 1 - mean) }
        return LossTerms(reduced: mean)
    }
}

extension PNP: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .ranking,
        paper: Paper("Li, Min, Song, Zhu, Kang, Wei, Wei & Jiang", "Rethinking the Optimization of Average Precision: Only Penalizing Negative Instances before Positive Ones is Enough", "AAAI", 2022, at: "Eqs. 4–9"),
        equation: "R_qk = Σ_{l∈N_q} σ((s_ql − s_qk)/τ),   L = mean_q 1/|P_q| Σ_{k∈P_q} g(R_qk)",
        pytorchMetricLearning: ["PNPLoss"])
}
