import Foundation

/// CLIP's symmetric contrastive loss (Radford et al. 2021, "Learning Transferable Visual Models
/// From Natural Language Supervision", Figure 3): a cross-entropy that picks each first view's
/// partner among all second views, and each second view's partner among all first views.
///
///     ℓᵢⱼ = cos(aᵢ, bⱼ) / τ,   L = ½ [ meanᵢ −log softmaxⱼ(ℓᵢ·)[i] + meanⱼ −log softmaxᵢ(ℓ·ⱼ)[j] ]
///
/// The embeddings are the stacked views and the labels mark the views of one instance
/// (pytorch-metric-learning's convention): an instance's first row is aᵢ, its next row bᵢ;
/// instances with one view are left out. CLIP learns the temperature as a log-scale t = log(1/τ),
/// starting at τ = 0.07 and capped at 1/τ = 100 (§2.5): `CLIP.paper`, whose one parameter is t.
/// As in CLIP's training, the cap is applied to t after each step (`constrained`), not inside the
/// loss, where a clamp would leave t without a gradient once past it. The default keeps τ fixed
/// at 0.07. PML has no counterpart.
public struct CLIP: Loss {
    /// The temperature τ, or its starting value when it is learned.
    public var temperature: Double
    /// Whether τ is a parameter trained with the embeddings, as in CLIP.
    public var learnsTemperature: Bool

    /// CLIP's loss with temperature τ (CLIP's initial 0.07), fixed unless `learnsTemperature`.
    public init(temperature: Double = 0.07, learnsTemperature: Bool = false) {
        self.temperature = temperature
        self.learnsTemperature = learnsTemperature
    }

    /// CLIP's setting: a learned temperature starting at 0.07.
    public static let paper = CLIP(temperature: 0.07, learnsTemperature: true)

    public var name: String { "CLIP" }

    /// With a learned temperature, its log-scale t = log(1/τ) as a 1×1 parameter (`.logScale`).
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        learnsTemperature ? LossParameters(.logScale, Tensor(Foundation.log(1 / temperature))) : .none
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let views = ViewPairs(labels: batch.labels)
        guard !views.seconds.isEmpty else { return .none }
        let first = batch.embeddings.gatherRows(views.seconds.map { views.anchors[$0.instance] })
        let second = batch.embeddings.gatherRows(views.seconds.map(\.row))
        let scale = learnsTemperature ? try parameters.require(.logScale, by: name).exp() : Tensor(1 / temperature)
        let logits = first.cosineSimilarities(second) * scale
        let partners = Array(views.seconds.indices)
        let firstToSecond = logits.softmaxCrossEntropyRows(labels: partners).mean()
        let secondToFirst = logits.transposed().softmaxCrossEntropyRows(labels: partners).mean()
        return LossTerms(reduced: 0.5 * (firstToSecond + secondToFirst))
    }

    /// The largest log-scale t: 1/τ at most 100.
    public static let logScaleCap = Foundation.log(100.0)

    /// The log-scale t capped at `logScaleCap`.
    public func constrained(_ parameters: LossParameters) -> LossParameters {
        guard learnsTemperature, let t = parameters[.logScale], t.scalar > Self.logScaleCap else { return parameters }
        return LossParameters(.logScale, Tensor(Self.logScaleCap))
    }

    /// The temperature τ in force for the parameters this loss made (the learned one, or the fixed one).
    public func currentTemperature(in parameters: LossParameters) -> Double {
        guard learnsTemperature, let t = parameters[.logScale] else { return temperature }
        return 1 / Foundation.exp(t.scalar)
    }
}

extension CLIP: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .selfSupervised,
        paper: Paper("Radford et al.", "Learning Transferable Visual Models From Natural Language Supervision", "ICML", 2021, at: "Figure 3"),
        equation: "ℓᵢⱼ = cos(aᵢ, bⱼ)/τ,   L = ½ [ meanᵢ −log softmaxⱼ(ℓᵢ·)[i] + meanⱼ −log softmaxᵢ(ℓ·ⱼ)[j] ]")
}
