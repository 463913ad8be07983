/// Normalised softmax: softmax cross-entropy over cosines between embeddings and class weights,
/// divided by a temperature.
///
///     L = meanᵢ −log softmax(x̂ᵢŴ / T)[yᵢ],   x̂ᵢ = xᵢ/‖xᵢ‖,  ŵⱼ = wⱼ/‖wⱼ‖
///
/// The "softmax features" of Horiguchi et al. 2017 made explicit on the hypersphere, in the form
/// of Zhai & Wu 2019 ("Classification is a Strong Baseline for Deep Metric Learning", §3), which
/// is pytorch-metric-learning's NormalizedSoftmaxLoss: `W` embedding × classes, standard normal,
/// T = 0.05 (the paper's and PML's default, so `NormalizedSoftmax.paper` equals `NormalizedSoftmax()`).
/// With `normalizesEmbeddings: false` the logits are xᵢ·ŵⱼ/T, PML's DotProductSimilarity without
/// normalisation.
public struct NormalizedSoftmax: Loss {
    /// The temperature T dividing every logit.
    public var temperature: Double
    /// Whether embeddings are L2-normalised as well as the class weights.
    public var normalizesEmbeddings: Bool
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// Normalised softmax with temperature T (PML's defaults: 0.05, normalised embeddings, mean).
    public init(temperature: Double = 0.05, normalizesEmbeddings: Bool = true, reducer: Reducer = .mean) {
        self.temperature = temperature
        self.normalizesEmbeddings = normalizesEmbeddings
        self.reducer = reducer
    }

    /// Zhai & Wu's settings: T = 0.05.
    public static let paper = NormalizedSoftmax(temperature: 0.05)

    public var name: String { "Normalized softmax" }

    /// One class-weight matrix `W` (`.classWeights`), embedding × classes, standard normal as in PML.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        ClassWeights.parameters(embeddingSize: embeddingSize, classes: classes, using: &rng)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let weights = try ClassWeights.checked(parameters, batch, loss: name)
        let x = normalizesEmbeddings ? batch.embeddings.l2NormalizedRows() : batch.embeddings
        let logits = x.innerProducts(with: weights.transposed().l2NormalizedRows()) / temperature
        return LossTerms(perExample: batch.weightedByMiner(logits.softmaxCrossEntropyRows(labels: batch.labels)))
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try ClassWeights.regularized(parameters, loss: name) }

}

extension NormalizedSoftmax: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Zhai & Wu", "Classification is a Strong Baseline for Deep Metric Learning", "BMVC", 2019, at: "§3"),
        equation: "L = meanᵢ −log softmax(x̂ᵢŴ / T)[yᵢ]",
        pytorchMetricLearning: ["NormalizedSoftmaxLoss"])
}
