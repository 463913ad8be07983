extension Run {
    /// The trained model's rows for `data` as its loss saw them in training: the embedding for
    /// most models, and for DVML's `VariationalEmbedding` z_I with μ, log σ² and the feature.
    public func trainingRows(_ data: Dataset) -> Tensor {
        model(data.points, indices: Array(0 ..< data.count), parameters: parameters)
    }
}
