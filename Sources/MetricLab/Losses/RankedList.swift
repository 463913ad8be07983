/// Ranked list loss (Wang et al. 2019, "Ranked List Loss for Deep Metric Learning", Eqs. 1–7).
///
/// Each anchor ranks the batch by distance and asks for its positives inside a sphere of radius
/// α − m and its negatives outside radius α, leaving a gap m between the two sets:
///
///     L_P(i) = 1/|P*ᵢ| Σ_{j∈P*ᵢ} (d_ij − (α − m))                  P*ᵢ = positives with d_ij > α − m
///     L_N(i) = Σ_{j∈N*ᵢ} w_ij (α − d_ij) / Σ_{j∈N*ᵢ} w_ij           N*ᵢ = negatives with d_ij < α
///     w_ij = e^{T_n (α − d_ij)},    Lᵢ = L_P(i) + λ L_N(i),    L = mean over anchors
///
/// Positives are averaged; violating negatives are weighted by how deep inside the boundary they
/// are, at temperature T_n. The weights are part of the expression (they carry gradients), as in
/// pytorch-metric-learning. An anchor whose sets are empty adds 0. The defaults are the paper's
/// (§5: α = 1.2, m = 0.4, T_n = 10, λ = 1) on the plain Euclidean distance of L2-normalised
/// embeddings. pytorch-metric-learning's RankedListLoss(margin: m, Tn:, imbalance: ι, alpha:)
/// weighs the two terms (1 − ι) and ι (ι = 0.5 by default) and puts α at 1 + m/2 unless given:
/// `positiveWeight` and `negativeWeight` reproduce that.
public struct RankedList: Loss {
    /// The gap m between the positives' sphere and the negatives' boundary.
    public var margin: Double
    /// The boundary α beyond which negatives must lie.
    public var boundary: Double
    /// The temperature T_n of the negatives' weights (0 weighs them equally).
    public var temperature: Double
    /// The weight of the positives' term (1 in the paper).
    public var positiveWeight: Double
    /// The weight λ of the negatives' term.
    public var negativeWeight: Double
    /// How examples are compared: a distance, not a similarity.
    public var distance: any Distance
    /// How the anchors' terms become one number (the mean over the batch, as in the paper).
    public var reducer: Reducer

    /// A ranked list loss; the defaults are the paper's.
    public init(margin: Double = 0.4, boundary: Double = 1.2, temperature: Double = 10,
                positiveWeight: Double = 1, negativeWeight: Double = 1, distance: any Distance = Euclidean(),
                reducer: Reducer = .mean) {
        self.margin = margin
        self.boundary = boundary
        self.temperature = temperature
        self.positiveWeight = positiveWeight
        self.negativeWeight = negativeWeight
        self.distance = distance
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
        let (n, m) = (batch.labels.count, batch.referenceLabels.count), inner = boundary - margin
        // Which pairs violate their constraint is a choice made on plain numbers.
        let far = Mask(rows: n, cols: m) { d[$0, $1] > inner } && batch.positiveMask
        let near = Mask(rows: n, cols: m) { d[$0, $1] < boundary } && batch.negativeMask
        let farCounts = far.rowCounts.map { Double(Swift.max($0, 1)) }
        let positives = ((d - inner) * Tensor(far)).rowSums() / Tensor(rows: n, cols: 1, scalars: farCounts)
        let logits = temperature * (boundary - d)
        let weights = (logits - logits.logSumExpRows(mask: near)).filled(where: !near, with: -.infinity).exp()
        let negatives = (weights * (boundary - d)).rowSums()
        return LossTerms(perExample: positiveWeight * positives + negativeWeight * negatives)
    }
}
