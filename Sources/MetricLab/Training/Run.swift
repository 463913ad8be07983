/// The embeddings of the whole data set at one step of a run.
public struct Snapshot: Sendable {
    /// The step after which the snapshot was taken (0: before training).
    public let step: Int
    /// The embeddings of every example, a row each.
    public let embeddings: Tensor
    /// The loss's own parameters at that step (proxies, centres); none for most losses.
    public let lossParameters: LossParameters
    /// The loss's own weights as rows at that step (proxies, centres, class vectors), off the
    /// tape; nil for a loss without weights.
    public let weightRows: Tensor?
}

/// What a training run produced: the loss at every step, snapshots, the trained parameters, and
/// warnings about what the numbers do not show.
public struct Run: Sendable, CustomStringConvertible {
    /// The loss the run trained with, as it was given (before any epoch's decay): cast it
    /// (`run.loss as? FacilityLocation`) to ask it about the run's embedding.
    public let loss: any Loss
    /// The model the run trained (its architecture; the trained values are `parameters`).
    public let model: any EmbeddingModel
    /// The data set the run trained on.
    public let data: Dataset
    /// The loss at every step.
    public let losses: [Double]
    /// Snapshots of the embeddings: before training, every `snapshotEvery` steps, and at the end.
    public let snapshots: [Snapshot]
    /// Metrics measured during the run (with `evaluateEvery`), the last at the end.
    public let evaluations: [Evaluation]
    /// The model's trained parameters.
    public let parameters: [Tensor]
    /// The loss's own trained parameters (proxies, class weights, centres).
    public let lossParameters: LossParameters
    /// Seconds the run took to train (a run from the `RunCache` keeps the time it took then).
    public let seconds: Double
    /// What the numbers do not say by themselves: divergence, data on which metrics are undefined.
    public let warnings: [RunWarning]

    /// The loss's name.
    public var name: String { loss.name }

    /// The model's name.
    public var modelName: String { model.name }

    /// The embeddings of the whole data set after training.
    public var finalEmbedding: Tensor { snapshots[snapshots.count - 1].embeddings }

    /// The loss's trained weights as rows (proxies, centres, class vectors); nil for a loss without weights.
    public var weightRows: Tensor? { snapshots[snapshots.count - 1].weightRows }

    /// The embeddings of the whole data set before training.
    public var initialEmbedding: Tensor { snapshots[0].embeddings }

    /// The labels of the data set.
    public var labels: [Int] { data.labels }

    /// Metrics of the final embedding: the last evaluation, or measured now.
    public var final: Evaluation {
        if let last = evaluations.last, last.step == losses.count { return last }
        return Evaluation(step: losses.count, embeddings: finalEmbedding, labels: data.labels)
    }

    /// The trained model's embeddings of other inputs (for a model of inputs, not free points).
    public func embed(_ inputs: Tensor) -> Tensor {
        model.embed(inputs, indices: Array(0 ..< inputs.rows), parameters: parameters)
    }

    /// One line: what was trained on what, for how long, the loss's first and last values, and
    /// every warning.
    public var description: String {
        let lossText = losses.isEmpty ? "" : ", loss \(losses[0]) → \(losses[losses.count - 1])"
        let summary = "\(name) with \(modelName) on \(data.name): \(losses.count) steps\(lossText)"
        return ([summary] + warnings.map { "warning: \($0)" }).joined(separator: "; ")
    }
}
