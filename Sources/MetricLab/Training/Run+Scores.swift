extension Run {
    /// The trained model's embeddings of `data`'s points (for a model of inputs, not free points).
    public func embed(_ data: Dataset) -> Tensor { embed(data.points) }

    /// The quality of the trained model's embedding of `data` (held-out points, other classes, the
    /// original points of an augmented set) against `data`'s labels.
    public func score(on data: Dataset) -> Evaluation {
        MetricLab.score(embed(data.points), labels: data.labels)
    }
}
