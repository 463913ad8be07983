/// Intra-pair variance loss (Yu & Tao 2019, "Deep Metric Learning with Tuplet Margin Loss",
/// eq. 7): positive pairs should not be much less similar than positive pairs are on average, nor
/// negative pairs much more similar than negative pairs are,
///
///     ℓ⁺(a, p) = [(1 − ε⁺)·μ⁺ − cos θₐₚ]₊²,   ℓ⁻(a, n) = [cos θₐₙ − (1 + ε⁻)·μ⁻]₊²
///
/// with μ⁺ and μ⁻ the means over the batch's positive and negative pairs (all, or the mined ones
/// as listed), gradients flowing through the means too. Each kind is reduced on its own and the
/// two added. For any distance the terms are [margin(x, μ) − ε·μ]₊² — how much farther a positive
/// lies than its mean, and how much nearer a negative, less ε of the mean — which for a distance
/// compares with (1 + ε⁺)·μ⁺ and (1 − ε⁻)·μ⁻ as PML does. Like every PML pair loss it gives 0 when
/// neither kind has more than one pair.
///
/// `init()` gives PML 2.9's IntraPairVarianceLoss: ε⁺ = ε⁻ = 0.01, cosine similarity, each kind
/// averaged. `IntraPairVariance.paper` is the same (the paper's ε = 0.01); the paper adds it to
/// the tuplet margin loss, `TupletMargin() + λ * IntraPairVariance()`.
public struct IntraPairVariance: ReferenceLoss {
    /// ε⁺: how far, as a fraction of their mean, positive pairs may lie beyond it before a penalty.
    public var positiveEpsilon: Double
    /// ε⁻: how far, as a fraction of their mean, negative pairs may lie within it before a penalty.
    public var negativeEpsilon: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// How each kind's terms become one number.
    public var reducer: Reducer

    /// An intra-pair variance loss; the defaults are PML's IntraPairVarianceLoss().
    public init(positiveEpsilon: Double = 0.01, negativeEpsilon: Double = 0.01, distance: any Distance = CosineSimilarity(),
                reducer: Reducer = .mean) {
        self.positiveEpsilon = positiveEpsilon
        self.negativeEpsilon = negativeEpsilon
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting, which is PML's default: ε⁺ = ε⁻ = 0.01 on cosine similarity.
    public static let paper = IntraPairVariance()

    public var name: String { "intra-pair variance" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard !batch.hasTooFewPairs else { return .none }
        let d = distance.matrix(batch.embeddings, batch.references)
        if batch.tuples == nil { return summed(d, batch) }
        let pairs = PairValues(d, batch)
        var groups: [TermGroup] = []
        if pairs.positiveValues.count > 0 {
            let (x, mean) = (pairs.positiveValues, pairs.positiveValues.mean())
            groups.append(.pairs((distance.margin(x, mean) - positiveEpsilon * mean).relu().squared()) { pairs.positive }.named(.positive))
        }
        if pairs.negativeValues.count > 0 {
            let (x, mean) = (pairs.negativeValues, pairs.negativeValues.mean())
            groups.append(.pairs((distance.margin(mean, x) - negativeEpsilon * mean).relu().squared()) { pairs.negative }.named(.negative))
        }
        return LossTerms(groups)
    }

    /// Every pair: each term, [margin − ε·mean]₊², with its kind's mean as a shift, in one fused op
    /// over the matrix; the pairs are listed only for a reducer that needs each term.
    private func summed(_ d: Tensor, _ batch: LossBatch) -> LossTerms {
        let masks = (positive: batch.positiveMask, negative: batch.negativeMask)
        let farness = distance.farness
        var groups: [MaskedGroup] = [], factors: [Double] = [], parts: [SubLoss] = []
        if masks.positive.count > 0 {
            parts.append(.positive)
            groups.append(MaskedGroup(mask: masks.positive, map: Affine(scale: farness, offset: 0)))
            factors.append(-(farness + positiveEpsilon))
        }
        if masks.negative.count > 0 {
            parts.append(.negative)
            groups.append(MaskedGroup(mask: masks.negative, map: Affine(scale: -farness, offset: 0)))
            factors.append(farness - negativeEpsilon)
        }
        let sums = d.maskedSums(of: SquaredHinge(), groups, shiftedByMeans: factors)
        return LossTerms(groups.indices.map { k in
            TermGroup(sum: sums[k]) {
                let mean = d.rowSums(where: groups[k].mask).sum() / Double(groups[k].mask.count)
                let u = groups[k].map(d.select(groups[k].mask)) + factors[k] * mean
                return (u.relu().squared(), .pairs(PairIndices(groups[k].mask)))
            }.named(parts[k])
        })
    }
}

extension IntraPairVariance: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .regularizer,
        paper: Paper("Yu & Tao", "Deep Metric Learning with Tuplet Margin Loss", "ICCV", 2019, at: "Eq. 7"),
        equation: "ℓ⁺ = [(1 − ε⁺)μ⁺ − cos θₐₚ]₊²,   ℓ⁻ = [cos θₐₙ − (1 + ε⁻)μ⁻]₊²   (μ±: mean similarity of each kind)",
        pytorchMetricLearning: ["IntraPairVarianceLoss"])
}
