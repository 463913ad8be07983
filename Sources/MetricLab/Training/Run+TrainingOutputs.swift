extension Run {
    /// What the run's model hands the loss for `data` as it ended, off the tape: the embeddings
    /// and, for a model with auxiliary heads (S2SD), every head's embeddings and the trunk's features.
    public func trainingOutputs(_ data: Dataset) -> ModelOutputs {
        model.trainingOutputs(data.points, indices: Array(0 ..< data.count), parameters: parameters)
    }
}
