/// The positive and negative pairs of a batch with their entries of a matrix of embeddings ×
/// references, as PML's pair-based losses see them (GenericPairLoss with `mat_based_loss=False`):
/// every same-label and different-label pair row after row, or the mined pairs as listed,
/// duplicates kept.
struct PairValues {
    /// The positive pairs.
    let positive: PairIndices
    /// The negative pairs.
    let negative: PairIndices
    /// The matrix's entry of each positive pair, a column.
    let positiveValues: Tensor
    /// The matrix's entry of each negative pair, a column.
    let negativeValues: Tensor

    /// The pairs of `batch` and their entries of `matrix`.
    init(_ matrix: Tensor, _ batch: LossBatch) {
        if batch.tuples == nil {
            // Selecting by mask lists the entries row after row, the order of PairIndices(mask).
            let (p, n) = (batch.positiveMask, batch.negativeMask)
            (positive, negative) = (PairIndices(p), PairIndices(n))
            (positiveValues, negativeValues) = (matrix.select(p), matrix.select(n))
        } else {
            (positive, negative) = batch.pairs
            positiveValues = matrix.entries(rows: positive.anchors, cols: positive.others)
            negativeValues = matrix.entries(rows: negative.anchors, cols: negative.others)
        }
    }
}

extension LossBatch {
    /// Whether neither kind of pair has more than one member: PML's pair losses give 0 then,
    /// whatever the one pair of each kind would give.
    var hasTooFewPairs: Bool {
        if let tuples {
            let (positive, negative) = tuples.pairs
            return positive.count <= 1 && negative.count <= 1
        }
        // Compared with itself, a batch lists each pair both ways round.
        if referencesAreEmbeddings { return labels.count < 2 }
        return positiveMask.count <= 1 && negativeMask.count <= 1
    }
}
