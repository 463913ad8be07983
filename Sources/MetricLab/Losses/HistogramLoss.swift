/// Histogram loss (Ustinova & Lempitsky 2016, "Learning Deep Embeddings with Histogram Loss",
/// Eqs. 3–6): the probability that a random negative pair is more similar than a random positive
/// pair, read off soft histograms of the two sets of similarities.
///
/// Similarities fall on R + 1 nodes t_r = −1 + rΔ by linear interpolation between the two nodes
/// around each (the paper's δ_{i,j,r}); over the positive pairs S⁺ and the negative pairs S⁻,
///
///     h⁺_r = (1/|S⁺|) Σ_{s ∈ S⁺} δ_r(s),   h⁻_r likewise,   Φ⁺_r = Σ_{q ≤ r} h⁺_q
///     L = Σ_r h⁻_r Φ⁺_r
///
/// As in PML, the pairs are those of the batch's triplets (every triplet, or a miner's), each
/// unordered pair once: a positive pair needs a negative for its anchor, a negative pair a
/// positive for one of its two ends. Defaults are PML's HistogramLoss: 100 bins (Δ = 0.02, 101
/// nodes; PML takes round(1 + 2/Δ) nodes when given Δ), cosine similarity. `HistogramLoss.paper`
/// has Δ = 0.01, the authors' released setting (the paper finds the loss insensitive to Δ). A
/// similarity beyond the last node counts wholly at it and one below −1 at the first, where PML
/// indexes past its histogram and fails. A batch without triplets gives 0.
public struct HistogramLoss: Loss {
    /// The bin width Δ.
    public var delta: Double
    /// How examples are compared; a distance is negated into a similarity.
    public var distance: any Distance

    /// The histogram loss with `bins` bins over [−1, 1] (Δ = 2/bins; PML's default 100).
    public init(bins: Int = 100, distance: any Distance = CosineSimilarity()) {
        self.init(delta: 2 / Double(bins), distance: distance)
    }

    /// The histogram loss with bin width Δ.
    public init(delta: Double, distance: any Distance = CosineSimilarity()) {
        self.delta = delta
        self.distance = distance
    }

    /// The authors' setting: Δ = 0.01 (200 bins) on cosine similarities.
    public static let paper = HistogramLoss(delta: 0.01)

    public var name: String { "histogram" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard delta > 0 && delta.isFinite else { throw LossError(name, "the bin width Δ = 2/bins must be positive and finite, got \(delta)") }
        guard 2 / delta <= Double(HistogramNodes.maximumBins) else {
            throw LossError(name, "the bin width Δ = \(delta) makes more than \(HistogramNodes.maximumBins) bins; widen it")
        }
        guard batch.referencesAreEmbeddings else { throw LossError(name, "compares the batch with itself; it takes no references (as in PML)") }
        let (positivePairs, negativePairs) = pairs(batch)
        guard positivePairs.count > 0, negativePairs.count > 0 else { return .none }
        let nodes = HistogramNodes(start: -1, spacing: delta, count: Int((1 + 2 / delta).rounded(.toNearestOrEven)))
        let s = distance.similarities(batch.embeddings, batch.embeddings)
        func density(_ pairs: Mask) -> Tensor {
            s.rowIntervalSums(where: pairs, nodes: nodes).columnSums().histogram / Double(pairs.count)
        }
        return LossTerms(reduced: (density(negativePairs) * density(positivePairs).cumulativeRowSums()).sum())
    }

    /// The unordered positive and negative pairs of the batch's triplets, each as (lower, higher) row.
    private func pairs(_ batch: LossBatch) -> (positive: Mask, negative: Mask) {
        let labels = batch.labels, n = labels.count
        guard let tuples = batch.tuples else {
            // Every triplet: an anchor needs both a positive and a negative.
            let classSize = labels.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            let hasNegative = classSize.count > 1
            return (Mask(rows: n, cols: n) { i, j in i < j && labels[i] == labels[j] && hasNegative },
                    Mask(rows: n, cols: n) { i, j in
                        i < j && labels[i] != labels[j] && (classSize[labels[i]]! > 1 || classSize[labels[j]]! > 1)
                    })
        }
        let t = tuples.triplets
        var positive = [Bool](repeating: false, count: n * n), negative = positive
        for k in 0 ..< t.count {
            let (a, p, q) = (t.anchors[k], t.positives[k], t.negatives[k])
            positive[min(a, p) * n + max(a, p)] = true
            negative[min(a, q) * n + max(a, q)] = true
        }
        return (Mask(rows: n, cols: n, bits: positive), Mask(rows: n, cols: n, bits: negative))
    }
}

extension HistogramLoss: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .ranking,
        paper: Paper("Ustinova & Lempitsky", "Learning Deep Embeddings with Histogram Loss", "NIPS", 2016, at: "Eqs. 3–6"),
        equation: "L = Σ_r h⁻_r Φ⁺_r,   Φ⁺_r = Σ_{q≤r} h⁺_q   (h±: soft histograms of positive and negative similarities)",
        pytorchMetricLearning: ["HistogramLoss"])
}
