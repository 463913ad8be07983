/// A loss that compares its embeddings with references other than themselves: a second view of
/// the batch (`SelfSupervised`) or a memory of past batches (`CrossBatchMemory`).
///
/// Such a loss reads `batch.references` and `batch.referenceLabels` wherever it compares, and
/// leaves out each example's own reference (`batch.identity`). These are the losses PML's wrappers
/// accept; a wrapper of any other loss does not compile.
public protocol ReferenceLoss: Loss {}

extension Mined: ReferenceLoss where Base: ReferenceLoss {}
extension Regularized: ReferenceLoss where Base: ReferenceLoss {}

extension LossBatch {
    /// The two views of each example: the embeddings and their references when the batch carries a
    /// second view, else the first two rows of each label (views stacked with instance labels, the
    /// convention of NT-Xent and CLIP here).
    public func views(for loss: String) throws -> (first: Tensor, second: Tensor) {
        if !referencesAreEmbeddings {
            guard references.rows == embeddings.rows else {
                throw LossError(loss, "a second view needs as many rows as the first: \(references.rows) for \(embeddings.rows)")
            }
            return (embeddings, references)
        }
        let views = ViewPairs(labels: labels)
        guard !views.seconds.isEmpty else {
            throw LossError(loss, "no example has two views: stack the views with one label per example, or pass LossBatch(views:_:)")
        }
        return (embeddings.gatherRows(views.seconds.map { views.anchors[$0.instance] }), embeddings.gatherRows(views.seconds.map(\.row)))
    }
}
