/// The positive and negative pairs of a batch with their entries of a matrix of embeddings ×
/// references, as PML's pair-based losses see them (GenericPairLoss with `mat_based_loss=False`):
/// every same-label and different-label pair row after row, or the mined pairs as listed,
/// duplicates kept.
///
/// All pairs are kept as masks: a batch of 1024 has a million negative pairs, whose index lists
/// cost more to build than the loss itself, so they are listed only for a reducer that needs them.
struct PairValues {
    private let batch: LossBatch
    private let masks: (positive: Mask, negative: Mask)?
    /// The matrix's entry of each positive pair, a column.
    let positiveValues: Tensor
    /// The matrix's entry of each negative pair, a column.
    let negativeValues: Tensor

    /// The pairs of `batch` and their entries of `matrix`.
    init(_ matrix: Tensor, _ batch: LossBatch) {
        self.batch = batch
        if batch.tuples == nil {
            // Selecting by mask lists the entries row after row, the order of PairIndices(mask).
            let masks = (positive: batch.positiveMask, negative: batch.negativeMask)
            self.masks = masks
            (positiveValues, negativeValues) = (matrix.select(masks.positive), matrix.select(masks.negative))
        } else {
            masks = nil
            let (positive, negative) = batch.pairs
            positiveValues = matrix.entries(rows: positive.anchors, cols: positive.others)
            negativeValues = matrix.entries(rows: negative.anchors, cols: negative.others)
        }
    }

    /// The positive pairs, listed.
    var positive: PairIndices { masks.map { PairIndices($0.positive) } ?? batch.pairs.positive }
    /// The negative pairs, listed.
    var negative: PairIndices { masks.map { PairIndices($0.negative) } ?? batch.pairs.negative }
}

extension TermGroup {
    /// Terms of pairs, a column, summed on the tape; the pairs are listed only for a reducer that
    /// weighs terms by their anchor. The terms must not be negative (the sum of the positive ones
    /// is the sum).
    static func pairs(_ values: Tensor, _ pairs: @escaping () -> PairIndices) -> TermGroup {
        let positive = values.scalars.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        return TermGroup(sum: TermSum(total: values.sum(), terms: values.count, positive: positive)) { (values, .pairs(pairs())) }
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
