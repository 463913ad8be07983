/// A loss plus a weighted regularizer on the batch's embeddings or on the loss's own weights
/// (PML's `embedding_regularizer` and `weight_regularizer` with `embedding_reg_weight` and
/// `weight_reg_weight`, both 1 by default): `ArcFace().regularizing(weights: .regularFace)`.
///
/// The regularizer's value, reduced by its own reducer and times the weight, joins the loss's
/// terms as one already-reduced group.
public struct Regularized<Base: Loss>: LossWrapper {
    /// The loss.
    public var base: Base
    /// The penalty.
    public var regularizer: any Regularizer
    /// Its weight.
    public var weight: Double
    /// What it acts on.
    public var target: RegularizerTarget

    /// `base` plus `weight` times `regularizer` of `target`.
    public init(_ base: Base, _ regularizer: any Regularizer, weight: Double, on target: RegularizerTarget) {
        self.base = base
        self.regularizer = regularizer
        self.weight = weight
        self.target = target
    }

    public var name: String { base.name }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let rows: Tensor
        switch target {
        case .embeddings: rows = batch.embeddings
        case .weights:
            guard let weights = try base.weightRows(in: parameters) else {
                throw LossError(base.name, "has no weights for \(regularizer.name) to act on")
            }
            rows = weights
        }
        let part: SubLoss = target == .embeddings ? .embeddingRegularization : .weightRegularization
        return try base.terms(batch, parameters: parameters) + LossTerms(reduced: try regularizer(rows) * weight).named(part)
    }

    public func advanced(past batch: LossBatch) -> Regularized {
        Regularized(base.advanced(past: batch), regularizer, weight: weight, on: target)
    }
}

extension Loss {
    /// This loss plus `weight` times `regularizer` of the batch's embeddings.
    public func regularizing(embeddings regularizer: some Regularizer, weight: Double = 1) -> Regularized<Self> {
        Regularized(self, regularizer, weight: weight, on: .embeddings)
    }

    /// This loss plus `weight` times `regularizer` of its own weights (class vectors, centres, proxies).
    public func regularizing(weights regularizer: some Regularizer, weight: Double = 1) -> Regularized<Self> {
        Regularized(self, regularizer, weight: weight, on: .weights)
    }
}

/// What a regularizer added to a loss acts on.
public enum RegularizerTarget: Sendable {
    /// The batch's embeddings (not the references).
    case embeddings
    /// The loss's own weights as rows (`weightRows(in:)`).
    case weights
}
