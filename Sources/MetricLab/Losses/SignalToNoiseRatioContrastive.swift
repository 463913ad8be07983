/// Signal-to-noise-ratio contrastive loss (Yuan et al. 2019, "Signal-to-Noise Ratio: A Robust
/// Distance Metric for Deep Metric Learning", eq. 7): the contrastive loss on the SNR distance
/// d(i, j) = var(hᵢ − hⱼ) / var(hᵢ), the noise of the difference over the signal of the anchor,
///
///     ℓ⁺(i, j) = [d(i, j) − m⁺]₊   for same-label pairs,   ℓ⁻(i, j) = [m⁻ − d(i, j)]₊   for the others,
///
/// each kind averaged over its terms above zero and the two added. This is exactly PML 2.9's
/// SignalToNoiseRatioContrastiveLoss, a ContrastiveLoss whose distance must be SNRDistance: the
/// terms are `Contrastive`'s on `SNRDistance`, and like every PML pair loss it gives 0 when
/// neither kind has more than one pair. An anchor whose coordinates are all equal has no signal to
/// divide by: its distances are not numbers, in PML as here.
///
/// `init()` gives PML's defaults: m⁺ = 0, m⁻ = 1, the SNR of L2-normalised embeddings. The paper
/// adds a regulariser that pulls each embedding to zero mean, λ·(1/N) Σᵢ |Σₖ hᵢₖ| (eq. 8), which
/// PML leaves to its ZeroMeanRegularizer: `SignalToNoiseRatioContrastive.paper` adds it with
/// weight 1, as PML's documentation passes it for the paper's formulation.
public struct SignalToNoiseRatioContrastive: ReferenceLoss {
    /// The positive margin m⁺: positive pairs noisier than this are penalised.
    public var positiveMargin: Double
    /// The negative margin m⁻: negative pairs less noisy than this are penalised.
    public var negativeMargin: Double
    /// The SNR distance (whether rows are normalised first).
    public var distance: SNRDistance
    /// How the pair terms become one number.
    public var reducer: Reducer

    /// An SNR contrastive loss; the defaults are PML's.
    public init(positiveMargin: Double = 0, negativeMargin: Double = 1, distance: SNRDistance = SNRDistance(),
                reducer: Reducer = .meanOfPositive) {
        self.positiveMargin = positiveMargin
        self.negativeMargin = negativeMargin
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's DSML objective: the loss plus the zero-mean regulariser on the embeddings.
    public static let paper = SignalToNoiseRatioContrastive().regularizing(embeddings: ZeroMeanRegularizer(), weight: 1)

    public var name: String { "SNR contrastive" }

    /// The contrastive loss these terms are.
    public var contrastive: Contrastive {
        Contrastive(positiveMargin: positiveMargin, negativeMargin: negativeMargin, distance: distance, reducer: reducer)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard !batch.hasTooFewPairs else { return .none }
        return try contrastive.terms(batch, parameters: parameters)
    }
}

extension SignalToNoiseRatioContrastive: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Yuan, Deng, Tang, Tang & Chen", "Signal-to-Noise Ratio: A Robust Distance Metric for Deep Metric Learning", "CVPR", 2019, at: "Eq. 7"),
        equation: "d(i, j) = var(hᵢ − hⱼ) / var(hᵢ),   ℓ⁺ = [d(i, j) − m⁺]₊,  ℓ⁻ = [m⁻ − d(i, j)]₊",
        pytorchMetricLearning: ["SignalToNoiseRatioContrastiveLoss"])
}
