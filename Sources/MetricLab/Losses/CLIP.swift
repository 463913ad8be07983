/// CLIP's symmetric contrastive loss (Radford et al. 2021, "Learning Transferable Visual Models
/// From Natural Language Supervision", Figure 3): a cross-entropy that picks each first view's
/// partner among all second views, and each second view's partner among all first views.
///
///     ℓᵢⱼ = cos(aᵢ, bⱼ) / τ,   L = ½ [ meanᵢ −log softmaxⱼ(ℓᵢ·)[i] + meanⱼ −log softmaxᵢ(ℓ·ⱼ)[j] ]
///
/// The embeddings are the stacked views and the labels mark the views of one instance
/// (pytorch-metric-learning's convention): an instance's first row is aᵢ, its next row bᵢ;
/// instances with one view are left out. τ = 0.07 is CLIP's initial temperature, kept fixed here
/// (CLIP learns it); PML has no counterpart, so `paper` is the default.
public struct CLIP: Loss {
    /// The temperature τ.
    public var temperature: Double

    /// CLIP's loss with temperature τ (CLIP's initial 0.07).
    public init(temperature: Double = 0.07) {
        self.temperature = temperature
    }

    /// CLIP's setting: τ = 0.07.
    public static let paper = CLIP(temperature: 0.07)

    public var name: String { "CLIP" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let views = ViewPairs(labels: labels)
        guard !views.seconds.isEmpty else { return Tensor(0) }
        let first = embeddings.gatherRows(views.seconds.map { views.anchors[$0.instance] })
        let second = embeddings.gatherRows(views.seconds.map(\.row))
        let logits = first.cosineSimilarities(second) / temperature
        let partners = Array(views.seconds.indices)
        let firstToSecond = logits.softmaxCrossEntropyRows(labels: partners).mean()
        let secondToFirst = logits.transposed().softmaxCrossEntropyRows(labels: partners).mean()
        return 0.5 * (firstToSecond + secondToFirst)
    }
}
