/// Dynamic soft margin loss (Zhang & Rusinkiewicz 2019, "Learning Local Descriptors with a
/// CDF-Based Dynamic Soft Margin", ICCV): each triplet's x = d(a, p) − d(a, n) weighed by where x
/// stands in the running distribution of x, so that the worst triplets of the moment weigh most.
///
/// Differences fall on a soft histogram with nodes c_k = m + kΔ, k = 0 … B − 1, Δ = 2|m|/B, by
/// linear interpolation between neighbouring nodes. Each call first updates the running histogram
/// with the batch's T triplets and then weighs each triplet by its cumulative distribution:
///
///     h ← normalise((1 − μ) h + μ h_batch)         (μ = 1 at the first call)
///     L = (1/T) Σ_t CDF_h(⌊(x_t − m)/Δ⌋) · x_t
///
/// The histogram update is part of the expression, as in PML: gradients flow through h_batch
/// into the weights. `histogram` is the state carried from step to step (`advanced(past:)`
/// returns the loss with the batch folded in); a loss fresh from `init` starts from nothing, as
/// PML's zeros. Defaults are PML's DynamicSoftMarginLoss: m = −2, B = 10, μ = 0.01, on the
/// Euclidean distance of L2-normalised embeddings, every triplet of the batch (or a miner's).
/// `DynamicSoftMargin.paper` takes the authors' released 512 bins and μ = 0.01 (their bins span
/// [−2, 2] end to end, their histogram is held out of the gradient and each anchor-positive pair
/// takes its hardest negative, a miner here; the rest is PML's form).
///
/// The edges: PML's nodes stop one bin short of |m|, and a difference in that last bin, or below
/// m, indexes past its histogram and fails. Here a difference at or beyond the last node counts
/// wholly at the last node and weighs by the whole CDF, one below m wholly at the first node and
/// weighs by its CDF, with no slope through the histogram; from m to the last node the numbers are
/// PML's. A batch without triplets gives 0 and leaves the histogram as it was. Given references
/// (PML's ref_emb), triplets pair each example with them; PML's wrappers do not take this loss.
public struct DynamicSoftMargin: TupleStatefulLoss {
    /// The lowest difference m the histogram resolves (PML's min_val).
    public let minimum: Double
    /// The number of histogram nodes B.
    public let bins: Int
    /// The weight μ of a batch's histogram in the running one.
    public var momentum: Double
    /// The power of the Euclidean distance between normalised embeddings (PML's LpDistance(power:)).
    public var power: Double
    /// The running histogram over the nodes, summing to 1; empty before the first step.
    public private(set) var histogram: [Double] = []

    /// A dynamic soft margin loss with a fresh histogram (PML's defaults: m = −2, B = 10, μ = 0.01).
    public init(minimum: Double = -2, bins: Int = 10, momentum: Double = 0.01, power: Double = 1) {
        self.minimum = minimum
        self.bins = bins
        self.momentum = momentum
        self.power = power
    }

    /// The authors' setting: 512 bins from −2, momentum 0.01.
    public static let paper = DynamicSoftMargin(bins: 512)

    public var name: String { "dynamic soft margin" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard let differences = try tripletDifferences(batch) else { return .none }
        let cdf = updatedHistogram(differences).cumulativeRowSums()
        // An interval's weight is the CDF at the floored index, clamped to the histogram's nodes.
        let weights = cdf.gatherColumns((0 ... bins).map { min(max($0 - 1, 0), bins - 1) })
        return LossTerms(reduced: (weights * differences.sums).sum() / differences.total)
    }

    public func advanced(past batch: LossBatch) -> DynamicSoftMargin {
        guard let differences = try? tripletDifferences(batch) else { return self }
        var copy = self
        copy.histogram = updatedHistogram(differences).scalars
        return copy
    }

    /// The running histogram with the batch's differences folded in, as PML does inside forward.
    private func updatedHistogram(_ differences: IntervalSums) -> Tensor {
        let batchHistogram = differences.histogram
        let mixed = histogram.isEmpty ? batchHistogram
            : (1 - momentum) * Tensor(rows: 1, cols: bins, scalars: histogram) + momentum * batchHistogram
        return mixed / mixed.sum()
    }

    /// The triplets' differences d(a, p) − d(a, n) gathered by interval, nil without triplets.
    private func tripletDifferences(_ batch: LossBatch) throws -> IntervalSums? {
        guard (1 ... HistogramNodes.maximumBins).contains(bins) else {
            throw LossError(name, "needs 1 to \(HistogramNodes.maximumBins) bins, got \(bins)")
        }
        guard minimum != 0 && minimum.isFinite else {
            throw LossError(name, "the lowest difference m sets the bin width 2|m|/B: it must be finite and not 0, got \(minimum)")
        }
        guard (0 ... 1).contains(momentum) else {
            throw LossError(name, "the momentum μ weighs the batch against the past: it must lie in [0, 1], got \(momentum)")
        }
        guard power > 0 && power.isFinite else { throw LossError(name, "the distance's power must be positive, got \(power)") }
        let nodes = HistogramNodes(start: minimum, spacing: 2 * abs(minimum) / Double(bins), count: bins)
        let d = LpDistance(p: 2, power: power).matrix(batch.embeddings, batch.references)
        let sums: IntervalSums
        if let tuples = batch.tuples {
            let t = tuples.triplets
            guard t.count > 0 else { return nil }
            let x = d.entryDifferences(rows: t.anchors, cols: t.positives, minusRows: t.anchors, minusCols: t.negatives)
            sums = x.transposed().rowIntervalSums(where: Mask(rows: 1, cols: t.count) { _, _ in true }, nodes: nodes)
        } else {
            sums = d.rowPairDifferenceIntervalSums(batch.positiveMask, minus: batch.negativeMask, nodes: nodes).columnSums()
        }
        return sums.total > 0 ? sums : nil
    }
}

extension DynamicSoftMargin: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Zhang & Rusinkiewicz", "Learning Local Descriptors with a CDF-Based Dynamic Soft Margin", "ICCV", 2019, at: "§3"),
        equation: "x = d(a, p) − d(a, n),   L = (1/T) Σ_t CDF_h(x_t) · x_t   (h: running histogram of x)",
        pytorchMetricLearning: ["DynamicSoftMarginLoss"])

    /// The histogram is state carried across steps, not a setting.
    public static let carriedState: Set<String> = ["histogram"]
}
