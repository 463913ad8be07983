/// Invariant and spreading instance features (Ye et al. 2019, "Unsupervised Embedding Learning via
/// Invariant and Spreading Instance Feature", §3.1): every instance is its own class, recognised
/// from its second view (invariance) and not from any other instance (spreading).
///
///     P(i | x̂ᵢ) = e^{fᵢ·f̂ᵢ/τ} / Σₖ e^{fₖ·f̂ᵢ/τ},   P(i | xⱼ) = e^{fᵢ·fⱼ/τ} / Σₖ e^{fₖ·fⱼ/τ}
///     L = (1/m) [ −Σᵢ log P(i | x̂ᵢ) − Σᵢ Σ_{j≠i} log(1 − P(i | xⱼ)) ]
///
/// over the m instances of the batch, with f the L2-normalised anchor views and f̂ the second
/// views; sums over k run over the anchor views. The embeddings are the stacked views and the
/// labels mark the views of one instance (pytorch-metric-learning's convention for NTXentLoss):
/// an instance's first row is its anchor view, the next its second view. An instance with one
/// view only takes part in spreading. τ = 0.1 is the paper's. PML has no counterpart, so `paper`
/// is the default.
///
/// The authors' released code (`BatchAverage` and `BatchCriterion`) computes something else, which
/// `form: .authorsCode` gives: all 2m views are anchors, each against the other 2m − 1 views (its
/// partner and 2m − 2 negatives, the other view of itself never among them); each row's
/// denominator sums over those 2m − 1; the invariance and spreading sums run over all 2m rows
/// and are divided by 2m; and the views on the other side of each product are taken off the tape
/// (`feat.data`), so gradients reach each row only as an anchor. The two are different functions
/// of the same rows, with different gradients: a result under one does not carry over to the other.
public struct InstanceSpreading: Loss {
    /// Which equations the loss computes.
    public enum Form: Sendable {
        /// The paper's §3.1, with gradients through both views.
        case paper
        /// The authors' released code: every view an anchor, stop-gradient on the other side.
        case authorsCode
    }

    /// The temperature τ.
    public var temperature: Double
    /// The paper's equations or the authors' code.
    public var form: Form

    /// Instance spreading with temperature τ (the paper's 0.1), in the paper's form by default.
    public init(temperature: Double = 0.1, form: Form = .paper) {
        self.temperature = temperature
        self.form = form
    }

    /// The paper's setting: τ = 0.1.
    public static let paper = InstanceSpreading(temperature: 0.1)

    public var name: String { form == .paper ? "Instance spreading" : "Instance spreading (authors' code)" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let views = ViewPairs(labels: batch.labels)
        switch form {
        case .paper: return paperTerms(batch.embeddings, views: views)
        case .authorsCode: return authorsCodeTerms(batch.embeddings, views: views)
        }
    }

    private func paperTerms(_ embeddings: Tensor, views: ViewPairs) -> LossTerms {
        let m = views.anchors.count
        guard m > 0 else { return .none }
        let anchors = embeddings.gatherRows(views.anchors).l2NormalizedRows()
        let seconds = embeddings.gatherRows(views.seconds.map(\.row)).l2NormalizedRows()
        let invariance = (seconds.innerProducts(with: anchors) / temperature)
            .softmaxCrossEntropyRows(labels: views.seconds.map(\.instance)).sum()
        // Row j of `recognised` is log P(· | xⱼ); its off-diagonal entries are the other instances.
        let similarities = anchors.innerProducts(with: anchors) / temperature
        let recognised = similarities - similarities.logSumExpRows()
        let others = Mask.offDiagonal(m)
        let spreading = -(1 - recognised.select(others).exp()).log().sum()
        return LossTerms(reduced: (invariance + spreading) / Double(m))
    }

    /// Only instances with two views take part, as the code's batches always have both.
    private func authorsCodeTerms(_ embeddings: Tensor, views: ViewPairs) -> LossTerms {
        let p = views.seconds.count
        guard p > 0 else { return .none }
        let n = 2 * p
        let rows = views.seconds.map { views.anchors[$0.instance] } + views.seconds.map(\.row)
        let f = embeddings.gatherRows(rows).l2NormalizedRows()
        // Row r: view r as the anchor against every view, those on the other side off the tape.
        let logits = f.innerProducts(with: f.detached) / temperature
        let recognised = logits - logits.logSumExpRows(mask: .offDiagonal(n))
        let partner = Mask(rows: n, cols: n) { r, k in k == (r + p) % n }
        let negatives = Mask(rows: n, cols: n) { r, k in k != r && k != (r + p) % n }
        let invariance = -recognised.select(partner).sum()
        let spreading = -(1 - recognised.select(negatives).exp()).log().sum()
        return LossTerms(reduced: (invariance + spreading) / Double(n))
    }
}

extension InstanceSpreading: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .selfSupervised,
        paper: Paper("Ye, Zhang, Yuen & Chang", "Unsupervised Embedding Learning via Invariant and Spreading Instance Feature", "CVPR", 2019, at: "§3.1"),
        equation: "L = (1/m)[ −Σᵢ log P(i | x̂ᵢ) − Σᵢ Σ_{j≠i} log(1 − P(i | xⱼ)) ],   P(i | x) = e^{fᵢ·f(x)/τ} / Σₖ e^{fₖ·f(x)/τ}")
}
