import Foundation

/// FastAP (Cakir, He, Xia, Kulis & Sclaroff 2019, "Deep Metric Learning to Rank", Eqs. 9–11):
/// each anchor's average precision over its ranking of the batch, made differentiable by
/// quantising distances into a soft histogram, so that ranks become running sums over bins.
///
/// Distances d = ‖x̂ᵢ − x̂ⱼ‖ᵖ between L2-normalised embeddings (p = 2: squared Euclidean, in [0, 4])
/// fall on L + 1 nodes z_b = b·Δ, Δ = 2ᵖ/L, through the triangular kernel max(0, 1 − |d − z_b|/Δ).
/// With h⁺_b and h⁻_b anchor i's positive and negative mass at node b, H⁺_b and H_b the running
/// sums of h⁺ and of h⁺ + h⁻ up to b, and N⁺ᵢ its positives:
///
///     FastAPᵢ = (1/N⁺ᵢ) Σ_b h⁺_b H⁺_b / H_b        (bins with h⁺_b H⁺_b = 0 or H_b = 0 add nothing)
///     Lᵢ = 1 − FastAPᵢ  for each anchor with a positive;  L = their mean
///
/// Defaults are PML's FastAPLoss: L = 10 bins, squared Euclidean distance (power 2), the mean.
/// `FastAP.paper` equals them: the authors' released code quantises into 10 bins. As in PML, a
/// miner only weighs each anchor's term by how often the anchor appears in its tuples; the
/// histograms always take every pair of the batch. A batch without a positive pair gives 0. At a
/// distance exactly on a node the slope is the one from above (PML's kinks have slope 0 there).
public struct FastAP: Loss {
    /// The number of bins L the distance range is cut into.
    public var bins: Int
    /// The power p of the Euclidean distance (PML's LpDistance(power:)); the histogram spans [0, 2ᵖ].
    public var power: Double
    /// How the anchors' terms become one number.
    public var reducer: Reducer

    /// FastAP with L bins on ‖x̂ᵢ − x̂ⱼ‖ᵖ (PML's defaults: 10 bins, power 2, the mean).
    public init(bins: Int = 10, power: Double = 2, reducer: Reducer = .mean) {
        self.bins = bins
        self.power = power
        self.reducer = reducer
    }

    /// The paper's setting: 10 bins on squared Euclidean distances, the default.
    public static let paper = FastAP()

    public var name: String { "FastAP" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard (1 ... HistogramNodes.maximumBins).contains(bins) else {
            throw LossError(name, "needs 1 to \(HistogramNodes.maximumBins) bins, got \(bins)")
        }
        guard power > 0 && power.isFinite else { throw LossError(name, "the distance's power must be positive, got \(power)") }
        guard batch.referencesAreEmbeddings else { throw LossError(name, "ranks the batch against itself; it takes no references (as in PML)") }
        let labels = batch.labels
        let positives = Mask.positivePairs(labels), counts = positives.rowCounts
        let anchors = counts.indices.filter { counts[$0] > 0 }
        guard !anchors.isEmpty else { return .none }
        let d = LpDistance(p: 2, power: power).matrix(batch.embeddings)
        let nodes = HistogramNodes(start: 0, spacing: pow(2, power) / Double(bins), count: bins + 1)
        let hPositive = d.rowIntervalSums(where: positives, nodes: nodes).histogram
        let hAll = hPositive + d.rowIntervalSums(where: .negativePairs(labels), nodes: nodes).histogram
        let (below, total) = (hPositive.cumulativeRowSums(), hAll.cumulativeRowSums())
        let product = hPositive * below
        // PML's safe bins: a product of zero adds nothing and a bin with nothing up to it is skipped.
        let counted = Mask(rows: product.rows, cols: product.cols, bits: zip(product.scalars, total.scalars).map { $0 > 0 && $1 > 0 })
        let precision = (product / total.filled(where: !counted, with: 1)).rowSums(where: counted).gatherRows(anchors)
        let weights = batch.minerWeights(anchorsOnly: false)
        let ap = precision / Tensor(rows: anchors.count, cols: 1, scalars: anchors.map { Double(counts[$0]) })
        let weighted = (1 - ap) * Tensor(rows: anchors.count, cols: 1, scalars: anchors.map { weights[$0] })
        return LossTerms([TermGroup(weighted, rows: anchors)])
    }
}

extension FastAP: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .ranking,
        paper: Paper("Cakir, He, Xia, Kulis & Sclaroff", "Deep Metric Learning to Rank", "CVPR", 2019, at: "Eqs. 9–11"),
        equation: "FastAPᵢ = 1/N⁺ᵢ Σ_b h⁺_b H⁺_b / H_b,   L = mean over anchors of 1 − FastAPᵢ",
        pytorchMetricLearning: ["FastAPLoss"])
}
