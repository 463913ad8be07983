import Foundation

/// Tuplet margin loss (Yu & Tao 2019, "Deep Metric Learning with Tuplet Margin Loss", eq. 5): for
/// each positive pair (a, p), a softmax that ranks the positive, its angle narrowed by a slack
/// margin β, above every negative n of the anchor,
///
///     ℓ(a, p) = log(1 + Σₙ exp(s·(cos θₐₙ − cos(θₐₚ − β))))
///
/// with θ the angle between embeddings (cosine similarity, as the paper and PML require) and s a
/// scale. The terms are averaged over the positive pairs; a pair whose anchor has no negative
/// gives 0. With mined tuples the negatives of an anchor are its mined negative pairs, each as
/// often as listed. `margin` is β in degrees, PML's unit. cos(θ − β) is taken as
/// cos θ·cos β + sin θ·sin β with sin θ = √(1 − cos²θ), the same value as PML's cos(acos(·) − β);
/// where cos θ = ±1 (a duplicate or antipodal pair) PML's gradient is NaN, here the root's slope
/// is taken as 0 and the gradient stays finite.
///
/// Every reducer sees one term per positive pair; PML 2.9 hands its reducer the terms as a k×1
/// column, which its ClassWeightedReducer broadcasts into a k×k matrix and its PerAnchorReducer
/// refuses, so those two have no PML value to match.
///
/// `init()` gives PML 2.9's TupletMarginLoss: β = 5.73° (0.1 rad), s = 64, mean over the positive
/// pairs. `TupletMargin.paper` equals it, PML's reading of the paper. The paper trains it together
/// with the intra-pair variance loss: `TupletMargin() + λ * IntraPairVariance()`.
public struct TupletMargin: ReferenceLoss {
    /// The slack margin β, in degrees.
    public var margin: Double
    /// The scale s of the logits.
    public var scale: Double
    /// How the positive pairs' terms become one number.
    public var reducer: Reducer

    /// A tuplet margin loss; the defaults are PML's TupletMarginLoss().
    public init(margin: Double = 5.73, scale: Double = 64, reducer: Reducer = .mean) {
        self.margin = margin
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's setting as PML reads it, which is the default: β = 5.73°, s = 64.
    public static let paper = TupletMargin()

    public var name: String { "tuplet margin" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard !batch.hasTooFewPairs else { return .none }
        let cosines = batch.embeddings.cosineSimilarities(batch.references)
        // Each positive pair's cosine and anchor; log Σₙ exp(s·cos θₐₙ) of each anchor over its
        // negatives, and whether it has any.
        let positives: Tensor, anchors: [Int], pairs: () -> PairIndices
        let negatives: Tensor, hasNegatives: [Bool]
        if batch.tuples == nil {
            let (positive, negative) = (batch.positiveMask, batch.negativeMask)
            (positives, anchors, pairs) = (cosines.select(positive), positive.entryRows, { PairIndices(positive) })
            (negatives, hasNegatives) = (cosines.logSumExpRows(mask: negative, scale: scale), negative.rowHasAny)
        } else {
            let (positive, negative) = batch.pairs
            (positives, anchors, pairs) = (cosines.entries(rows: positive.anchors, cols: positive.others), positive.anchors, { positive })
            // A negative pair listed k times counts k times: log k joins its logit.
            var counts = [Double](repeating: 0, count: cosines.count)
            for (a, n) in zip(negative.anchors, negative.others) { counts[a * cosines.cols + n] += 1 }
            let listed = Mask(rows: cosines.rows, cols: cosines.cols, bits: counts.map { $0 > 0 })
            let logCounts = Tensor(rows: cosines.rows, cols: cosines.cols, scalars: counts.map { $0 > 0 ? Foundation.log($0) : 0 })
            (negatives, hasNegatives) = ((cosines * scale + logCounts).logSumExpRows(mask: listed), listed.rowHasAny)
        }
        guard positives.count > 0, hasNegatives.contains(true) else { return .none }
        let beta = margin * .pi / 180
        let cosine = positives.clamp(min: -1, max: 1)
        let narrowed = cosine * Foundation.cos(beta) + (1 - cosine.squared()).sqrtZeroSafe() * Foundation.sin(beta)
        let terms = (negatives.gatherRows(anchors) - scale * narrowed).softplus()
            * Tensor(rows: anchors.count, cols: 1, scalars: anchors.map { hasNegatives[$0] ? 1 : 0 })
        return LossTerms([.pairs(terms, pairs)])
    }
}

extension TupletMargin: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Yu & Tao", "Deep Metric Learning with Tuplet Margin Loss", "ICCV", 2019, at: "Eq. 5"),
        equation: "ℓ(a, p) = log(1 + Σₙ exp(s·(cos θₐₙ − cos(θₐₚ − β))))",
        pytorchMetricLearning: ["TupletMarginLoss"])
}
