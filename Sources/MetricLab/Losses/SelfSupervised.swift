/// Any loss on labels made self-supervised (PML's SelfSupervisedLoss): two views of each example
/// are each other's positive and every other example a negative.
///
/// Symmetric (the default), both views are stacked into one batch with the example's index as
/// label; otherwise the first views are compared with the second views as references, so that
/// only cross-view pairs count. The views come as `LossBatch(views:_:)`, or stacked with one label
/// per example. The wrapped loss is reduced by its own reducer.
public struct SelfSupervised<Base: ReferenceLoss>: LossWrapper {
    /// The loss on labels.
    public var base: Base
    /// Whether both views are stacked into one batch (PML's default) or compared across.
    public var symmetric: Bool

    /// `base` on two views; symmetric by default, as PML's.
    public init(_ base: Base, symmetric: Bool = true) {
        self.base = base
        self.symmetric = symmetric
    }

    public var name: String { "\(base.name) (self-supervised)" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (first, second) = try batch.views(for: name)
        let labels = Array(0 ..< first.rows)
        let inner = symmetric
            ? LossBatch(.stacking([first, second]), labels: labels + labels, generator: batch.generator)
            : LossBatch(first, labels: labels, references: second, referenceLabels: labels, generator: batch.generator)
        return LossTerms(reduced: try base(inner, parameters: parameters))
    }
}
