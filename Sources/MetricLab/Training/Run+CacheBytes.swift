extension Run {
    /// Writes everything a run computed (not its loss, model and data, which its key holds).
    func write(to writer: inout RunBytesWriter) {
        writer.write(losses)
        writer.write(snapshots.count)
        for snapshot in snapshots {
            writer.write(snapshot.step)
            writer.write(snapshot.embeddings)
            snapshot.lossParameters.write(to: &writer)
            writer.write(snapshot.weightRows == nil ? 0 : 1)
            if let rows = snapshot.weightRows { writer.write(rows) }
        }
        writer.write(evaluations.count)
        for evaluation in evaluations { evaluation.write(to: &writer) }
        writer.write(parameters.count)
        for parameter in parameters { writer.write(parameter) }
        lossParameters.write(to: &writer)
        writer.write(seconds)
        writer.write(warnings.count)
        for warning in warnings { warning.write(to: &writer) }
    }

    /// The run `write(to:)` wrote, of `loss`, `model` and `data`.
    init(reading reader: inout RunBytesReader, loss: any Loss, model: any EmbeddingModel, data: Dataset) throws {
        let losses = try reader.readDoubles()
        let snapshots = try (0 ..< reader.readCount()).map { _ in
            Snapshot(step: try reader.readInt(), embeddings: try reader.readTensor(),
                     lossParameters: try LossParameters(reading: &reader),
                     weightRows: try reader.readInt() == 0 ? nil : try reader.readTensor())
        }
        guard !snapshots.isEmpty else { throw RunBytesError(reason: "a run without snapshots") }
        let evaluations = try (0 ..< reader.readCount()).map { _ in try Evaluation(reading: &reader) }
        let parameters = try (0 ..< reader.readCount()).map { _ in try reader.readTensor() }
        let lossParameters = try LossParameters(reading: &reader)
        let seconds = try reader.readDouble()
        let warnings = try (0 ..< reader.readCount()).map { _ in try RunWarning(reading: &reader) }
        self.init(loss: loss, model: model, data: data, losses: losses, snapshots: snapshots, evaluations: evaluations,
                  parameters: parameters, lossParameters: lossParameters, seconds: seconds, warnings: warnings)
    }
}
