/// The family of L-Softmax, SphereFace, CosFace and ArcFace: softmax cross-entropy over the cosines
/// between embeddings and class weights, with the target class's cosine replaced by a margin function ψ.
///
///     L = meanᵢ −log softmax(ℓᵢ)[yᵢ],   ℓᵢⱼ = s · rᵢⱼ · (j = yᵢ ? ψ(cos θᵢⱼ) : cos θᵢⱼ)
///
/// where θᵢⱼ is the angle between embedding xᵢ and the column wⱼ of `W` (embedding × classes),
/// s is `scale`, rᵢⱼ is what `logitScaling` keeps of the norms (nothing, ‖xᵢ‖, or ‖xᵢ‖‖wⱼ‖), and
/// the mean is `reducer`, PML's MeanReducer by default. This is pytorch-metric-learning's
/// LargeMarginSoftmaxLoss structure: a member of the family only says what ψ is and how logits
/// are scaled.
public protocol LargeMarginSoftmax: Loss {
    /// The factor s on every logit.
    var scale: Double { get }
    /// Which norms multiply the logits besides s.
    var logitScaling: LogitScaling { get }
    /// How the per-example cross-entropies become one number.
    var reducer: Reducer { get }
    /// ψ: the target classes' logits from their cosines (a column, one entry per example).
    func targetLogits(fromCosines cosines: Tensor) -> Tensor
}

extension LargeMarginSoftmax {
    public var logitScaling: LogitScaling { .scaleOnly }

    /// One class-weight matrix `W` (`.classWeights`), embedding × classes, standard normal as in PML.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        ClassWeights.parameters(embeddingSize: embeddingSize, classes: classes, using: &rng)
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try ClassWeights.regularized(parameters, loss: name) }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        let weights = try ClassWeights.checked(parameters, batch, loss: name)
        let logits = marginLogits(ClassWeights.cosines(embeddings, weights), labels: labels)
        return LossTerms(perExample: batch.weightedByMiner(logitScaling.apply(to: logits, embeddings: embeddings, weights: weights)
            .softmaxCrossEntropyRows(labels: labels)))
    }

    /// s times the cosines (examples × classes) with each example's target cosine replaced by ψ:
    /// the logits before any norms, shared with sub-centre ArcFace, whose cosines are per class maxima.
    func marginLogits(_ cosines: Tensor, labels: [Int]) -> Tensor {
        let targets = cosines.entries(rows: Array(labels.indices), cols: labels)
        let isTarget = Tensor(Mask.oneHot(labels, classes: cosines.cols))
        return (cosines + isTarget * (targetLogits(fromCosines: targets) - targets)) * scale
    }

}

/// Which norms a large-margin softmax keeps in its logits, on top of the scale s.
public enum LogitScaling: Sendable {
    /// s alone: features and weights both on the unit sphere (CosFace, ArcFace).
    case scaleOnly
    /// s‖xᵢ‖: the feature norm kept, the weights normalised (SphereFace).
    case featureNorm
    /// s‖xᵢ‖‖wⱼ‖: both norms kept, so that ℓᵢⱼ = s xᵢ·wⱼ off the target (L-Softmax).
    case magnitudes

    /// The logits (examples × classes) multiplied by the norms this scaling keeps.
    func apply(to logits: Tensor, embeddings: Tensor, weights: Tensor) -> Tensor {
        switch self {
        case .scaleOnly: logits
        case .featureNorm: logits * embeddings.squared().rowSums().sqrtZeroSafe()
        case .magnitudes:
            logits * embeddings.squared().rowSums().sqrtZeroSafe() * weights.squared().columnSums().sqrtZeroSafe()
        }
    }
}
