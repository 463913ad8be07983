/// A loss built around another (`Mined`, `Regularized`, `CrossBatchMemory`, `SelfSupervised`):
/// the wrapped loss's reducer, parameters, weights and epoch come through unless the wrapper says
/// otherwise, so that no wrapper drops them by forgetting to forward one.
///
/// State across steps is not forwarded: only the wrapper knows which batch its base saw.
public protocol LossWrapper: Loss {
    /// The wrapped loss's type.
    associatedtype Base: Loss
    /// The wrapped loss.
    var base: Base { get set }
}

extension LossWrapper {
    public var reducer: Reducer { base.reducer }

    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        base.makeParameters(embeddingSize: embeddingSize, classes: classes, using: &rng)
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try base.weightRows(in: parameters) }

    public func constrained(_ parameters: LossParameters) -> LossParameters { base.constrained(parameters) }

    public func atEpoch(_ epoch: Int) -> Self {
        var copy = self
        copy.base = base.atEpoch(epoch)
        return copy
    }
}
