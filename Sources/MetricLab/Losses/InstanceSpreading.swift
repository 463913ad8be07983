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
/// view only takes part in spreading. τ = 0.1 is the paper's; gradients flow through both views
/// (the authors' code stops them through one side). PML has no counterpart, so `paper` is the default.
public struct InstanceSpreading: Loss {
    /// The temperature τ.
    public var temperature: Double

    /// Instance spreading with temperature τ (the paper's 0.1).
    public init(temperature: Double = 0.1) {
        self.temperature = temperature
    }

    /// The paper's setting: τ = 0.1.
    public static let paper = InstanceSpreading(temperature: 0.1)

    public var name: String { "Instance spreading" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let embeddings = batch.embeddings
        let views = ViewPairs(labels: batch.labels)
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
}
