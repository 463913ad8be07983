/// Ranked list loss (Wang et al. 2019, "Ranked List Loss for Deep Metric Learning", CVPR 2019, §3).
///
/// Each anchor ranks the batch by distance and asks for its positives inside a sphere of radius
/// α − m and its negatives outside radius α, leaving a gap m between the two sets:
///
///     L_P(i) = Σ_{j∈P*ᵢ} w⁺_ij (d_ij − (α − m)) / Σ_{j∈P*ᵢ} w⁺_ij     P*ᵢ = positives with d_ij > α − m
///     L_N(i) = Σ_{j∈N*ᵢ} w⁻_ij (α − d_ij) / Σ_{j∈N*ᵢ} w⁻_ij           N*ᵢ = negatives with d_ij < α
///     w⁺_ij = e^{T_p (d_ij − (α − m))},  w⁻_ij = e^{T_n (α − d_ij)},  Lᵢ = L_P(i) + λ L_N(i),  L = mean over anchors
///
/// Violating pairs are weighted by how deep inside their boundary they are, at temperatures T_p
/// (0 in the paper: positives are averaged) and T_n. The weights are part of the expression (they
/// carry gradients), as in pytorch-metric-learning. An anchor whose sets are empty adds 0. The
/// defaults are the paper's (§5: α = 1.2, m = 0.4, T_p = 0, T_n = 10, λ = 1) on the plain
/// Euclidean distance of L2-normalised embeddings.
///
/// pytorch-metric-learning's RankedListLoss(margin: m, Tn:, imbalance: ι, alpha:, Tp:) weighs the
/// two terms (1 − ι) and ι (ι = 0.5 by default) and puts α at 1 + m/2 unless given:
/// `positiveWeight` and `negativeWeight` reproduce that. Its sums also differ from the paper's:
/// `normalization: .pml` reproduces them (see `Normalization`).
public struct RankedList: Loss {
    /// How the weighted sums are normalised.
    public enum Normalization: Sendable {
        /// Divided by the sum of the weights, as in the paper's Eqs. 4 and 6.
        case exact
        /// As PML 2.9 computes them: pairs at distance exactly 0 take no part, and 10⁻⁵ is added to
        /// the weight of every entry of the anchor's row, chosen or not, before summing, so each
        /// denominator is Σ w + n·10⁻⁵ for a batch of n (a relative error of about n·10⁻⁵ that
        /// keeps an empty set from dividing by zero).
        case pml
    }

    /// The gap m between the positives' sphere and the negatives' boundary.
    public var margin: Double
    /// The boundary α beyond which negatives must lie.
    public var boundary: Double
    /// The temperature T_n of the negatives' weights (0 weighs them equally).
    public var temperature: Double
    /// The temperature T_p of the positives' weights (0, the paper's, weighs them equally).
    public var positiveTemperature: Double
    /// The weight of the positives' term (1 in the paper).
    public var positiveWeight: Double
    /// The weight λ of the negatives' term.
    public var negativeWeight: Double
    /// How embeddings are compared: a distance, not a similarity.
    public var distance: any Distance
    /// How the weighted sums are normalised.
    public var normalization: Normalization
    /// How the anchors' terms become one number (the mean over the batch, as in the paper).
    public var reducer: Reducer

    /// A ranked list loss; the defaults are the paper's.
    public init(margin: Double = 0.4, boundary: Double = 1.2, temperature: Double = 10, positiveTemperature: Double = 0,
                positiveWeight: Double = 1, negativeWeight: Double = 1, distance: any Distance = Euclidean(),
                normalization: Normalization = .exact, reducer: Reducer = .mean) {
        self.margin = margin
        self.boundary = boundary
        self.temperature = temperature
        self.positiveTemperature = positiveTemperature
        self.positiveWeight = positiveWeight
        self.negativeWeight = negativeWeight
        self.distance = distance
        self.normalization = normalization
        self.reducer = reducer
    }

    /// The paper's setting: α = 1.2, m = 0.4, T_n = 10, λ = 1.
    public static let paper = RankedList()

    public var name: String { "ranked list" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard distance.ordering == .smallerIsCloser else {
            throw LossError(name, "the loss is written for a distance (smaller is closer), not a similarity")
        }
        let d = distance.matrix(batch.embeddings, batch.references)
        let m = batch.referenceLabels.count, inner = boundary - margin
        // Which pairs violate their constraint is a choice made on plain numbers; PML leaves out
        // pairs at distance 0.
        let least = normalization == .pml ? 0 : -Double.infinity
        let far = Mask(d, within: batch.positiveMask, above: Swift.max(inner, least))
        let near = Mask(d, within: batch.negativeMask, above: least, below: boundary)
        let positives = weightedMean(of: d, Affine(scale: 1, offset: -inner), over: far, temperature: positiveTemperature, columns: m)
        let negatives = weightedMean(of: d, Affine(scale: -1, offset: boundary), over: near, temperature: temperature, columns: m)
        return LossTerms(perExample: positiveWeight * positives + negativeWeight * negatives)
    }

    /// Σⱼ wᵢⱼ xᵢⱼ / Σⱼ wᵢⱼ over the entries of each row the mask keeps, x = f(d) and wᵢⱼ = e^{T·xᵢⱼ};
    /// 0 for a row that keeps none.
    private func weightedMean(of d: Tensor, _ f: Affine, over kept: Mask, temperature: Double, columns: Int) -> Tensor {
        let counts = kept.rowCounts.map(Double.init)
        switch normalization {
        case .pml where temperature == 0:
            // Equal weights e⁰ = 1 on the kept entries: Σ f(d) = scale·Σ d + offset·count, one pass.
            let sums = f.scale * d.rowSums(where: kept) + Tensor(rows: counts.count, cols: 1, scalars: counts.map { f.offset * $0 })
            return sums / Tensor(rows: counts.count, cols: 1, scalars: counts.map { $0 + Double(columns) * 1e-5 })
        case .pml:
            return f(d).softWeightedRowMeans(temperature: temperature, mask: kept, epsilon: Double(columns) * 1e-5)
        case .exact where temperature == 0:
            // Equal weights: a plain mean over the kept entries.
            return f(d).rowSums(where: kept) / Tensor(rows: counts.count, cols: 1, scalars: counts.map { Swift.max($0, 1) })
        case .exact:
            let x = f(d), logits = temperature * x
            let w = (logits - logits.logSumExpRows(mask: kept)).exp(where: kept)
            return (w * x).rowSums()
        }
    }
}

extension RankedList: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .ranking,
        paper: Paper("Wang, Hua, Kodirov, Hu, Garnier & Robertson", "Ranked List Loss for Deep Metric Learning", "CVPR", 2019, at: "§3"),
        equation: "L_P(i) = Σ w⁺ (d_ij − (α − m)) / Σ w⁺,   L_N(i) = Σ w⁻ (α − d_ij) / Σ w⁻,   Lᵢ = L_P(i) + λ L_N(i)",
        pytorchMetricLearning: ["RankedListLoss"])
}
