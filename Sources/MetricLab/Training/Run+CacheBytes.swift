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

extension LossParameters {
    /// Writes the named tensors and then the parts, recursively.
    func write(to writer: inout RunBytesWriter) {
        writer.write(entries.count)
        for entry in entries {
            writer.write(entry.name.rawValue)
            writer.write(entry.value)
        }
        writer.write(parts.count)
        for part in parts { part.write(to: &writer) }
    }

    /// The parameters `write(to:)` wrote.
    init(reading reader: inout RunBytesReader) throws {
        let entries = try (0 ..< reader.readCount()).map { _ in
            (name: ParameterName(try reader.readString()), value: try reader.readTensor())
        }
        guard Set(entries.map(\.name)).count == entries.count else { throw RunBytesError(reason: "a parameter named twice") }
        let parts = try (0 ..< reader.readCount()).map { _ in try LossParameters(reading: &reader) }
        self.init(entries, parts: parts)
    }
}

extension Evaluation {
    /// Writes the step and every score.
    func write(to writer: inout RunBytesWriter) {
        writer.write(step == nil ? 0 : 1)
        writer.write(step ?? 0)
        for score in [nmi, recallAt1, rPrecision, mapAtR] { writer.write(score) }
        writer.write(recalls)
    }

    /// The evaluation `write(to:)` wrote.
    init(reading reader: inout RunBytesReader) throws {
        let hasStep = try reader.readInt() != 0, step = try reader.readInt()
        let scores = try (0 ..< 4).map { _ in try reader.readDouble() }
        let recalls = try reader.readDoubles()
        guard recalls.count == Self.largestK else { throw RunBytesError(reason: "\(recalls.count) recalls") }
        self.init(step: hasStep ? step : nil, nmi: scores[0], recallAt1: scores[1], rPrecision: scores[2],
                  mapAtR: scores[3], recalls: recalls)
    }
}

extension RunWarning {
    /// Writes the case and its values.
    func write(to writer: inout RunBytesWriter) {
        switch self {
        case let .diverged(first, peak, step):
            writer.write(0)
            writer.write(first)
            writer.write(peak)
            writer.write(step)
        case .singleClass: writer.write(1)
        case .noPositives: writer.write(2)
        }
    }

    /// The warning `write(to:)` wrote.
    init(reading reader: inout RunBytesReader) throws {
        switch try reader.readInt() {
        case 0: self = .diverged(first: try reader.readDouble(), peak: try reader.readDouble(), step: try reader.readInt())
        case 1: self = .singleClass
        case 2: self = .noPositives
        case let tag: throw RunBytesError(reason: "no warning \(tag)")
        }
    }
}
