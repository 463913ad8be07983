/// Class weights of the softmax-family losses: one column of `W` (embedding × classes) per class.
///
/// The layout is pytorch-metric-learning's (`W` is `embedding_size × num_classes`), so its fixtures'
/// parameters load as they are.
public enum ClassWeights {
    /// `W` as the loss's parameters (`.classWeights`), embedding × classes, standard normal: PML's
    /// initialisation (`torch.nn.init.normal_`).
    static func parameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(.classWeights, rng.gaussian(rows: embeddingSize, cols: classes))
    }

    /// The class vectors of `W` as rows, on the tape: what a weight regularizer acts on (PML's `W.t()`).
    static func regularized(_ parameters: LossParameters, loss: String) throws -> Tensor {
        try parameters.require(.classWeights, by: loss).transposed()
    }

    /// The cosine between every embedding and every class vector (examples × classes).
    static func cosines(_ embeddings: Tensor, _ weights: Tensor) -> Tensor {
        embeddings.cosineSimilarities(weights.transposed())
    }

    /// The class weights `W` in `parameters`, after checking that they fit the batch.
    static func checked(_ parameters: LossParameters, _ batch: LossBatch, loss: String) throws -> Tensor {
        let w = try parameters.require(.classWeights, by: loss)
        guard w.rows == batch.embeddings.cols else {
            throw LossError(loss, "W has \(w.rows) rows but embeddings have \(batch.embeddings.cols) columns")
        }
        if let label = batch.labels.first(where: { $0 < 0 || $0 >= w.cols }) {
            throw LossError(loss, "label \(label) has no column in W, which has \(w.cols) classes")
        }
        return w
    }
}
