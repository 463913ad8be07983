/// Class weights of the softmax-family losses: one column of `W` (embedding × classes) per class.
///
/// The layout is pytorch-metric-learning's (`W` is `embedding_size × num_classes`), so its fixtures'
/// parameters load as they are.
public enum ClassWeights {
    /// A standard-normal `W` of `embeddingSize` × `classes`, PML's initialisation (`torch.nn.init.normal_`).
    public static func gaussian(embeddingSize: Int, classes: Int, using rng: inout RNG) -> Tensor {
        Tensor(rows: embeddingSize, cols: classes,
               scalars: (0 ..< embeddingSize * classes).map { _ in rng.gaussian() })
    }

    /// The class vectors of `W` as rows (classes × embedding), the shape a plot draws as points.
    public static func rows(of weights: Tensor) -> Tensor { weights.transposed().detached }

    /// The cosine between every embedding and every class vector (examples × classes).
    static func cosines(_ embeddings: Tensor, _ weights: Tensor) -> Tensor {
        embeddings.cosineSimilarities(weights.transposed())
    }

    /// Checks that `parameters` hold one `W` of the right shape for these embeddings and labels.
    static func check(_ parameters: [Tensor], _ embeddings: Tensor, _ labels: [Int], loss: String) -> Tensor {
        precondition(!parameters.isEmpty, "\(loss): no class weights given (make them with makeParameters)")
        let w = parameters[0]
        precondition(w.rows == embeddings.cols,
                     "\(loss): W has \(w.rows) rows but embeddings have \(embeddings.cols) columns")
        precondition(labels.count == embeddings.rows, "\(loss): \(labels.count) labels for \(embeddings.rows) embeddings")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < w.cols }, "\(loss): a label lies outside the \(w.cols) classes of W")
        return w
    }
}
