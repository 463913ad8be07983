/// The family of SphereFace, CosFace and ArcFace: softmax cross-entropy over the cosines between
/// embeddings and class weights, with the target class's cosine replaced by a margin function ψ.
///
///     L = meanᵢ −log softmax(ℓᵢ)[yᵢ],   ℓᵢⱼ = s · rᵢ · (j = yᵢ ? ψ(cos θᵢⱼ) : cos θᵢⱼ)
///
/// where θᵢⱼ is the angle between embedding xᵢ and the column wⱼ of `W` (embedding × classes),
/// s is `scale`, and rᵢ is ‖xᵢ‖ when `scalesByEmbeddingNorm` (SphereFace) and 1 otherwise.
/// This is pytorch-metric-learning's LargeMarginSoftmaxLoss structure (mean reduction); a
/// member of the family only says what ψ is and how logits are scaled.
public protocol LargeMarginSoftmax: Loss {
    /// The factor s on every logit.
    var scale: Double { get }
    /// Whether logits are multiplied by the embedding's norm ‖xᵢ‖ as well as by s.
    var scalesByEmbeddingNorm: Bool { get }
    /// ψ: the target classes' logits from their cosines (a column, one entry per example).
    func targetLogits(fromCosines cosines: Tensor) -> Tensor
}

extension LargeMarginSoftmax {
    public var scalesByEmbeddingNorm: Bool { false }

    /// One class-weight matrix `W`, embedding × classes, standard normal as in PML.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor] {
        [ClassWeights.gaussian(embeddingSize: embeddingSize, classes: classes, using: &rng)]
    }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let weights = ClassWeights.check(parameters, embeddings, labels, loss: name)
        let cosines = ClassWeights.cosines(embeddings, weights)
        let targets = cosines.entries(rows: Array(labels.indices), cols: labels)
        let isTarget = Tensor(Mask.oneHot(labels, classes: weights.cols))
        let logits = (cosines + isTarget * (targetLogits(fromCosines: targets) - targets)) * scale
        let scaled = scalesByEmbeddingNorm ? logits * embeddings.squared().rowSums().sqrtZeroSafe() : logits
        return scaled.softmaxCrossEntropyRows(labels: labels).mean()
    }

    /// The class vectors (classes × embedding) of the parameters this loss made, for plots.
    public func classVectors(in parameters: [Tensor]) -> Tensor { ClassWeights.rows(of: parameters[0]) }
}
