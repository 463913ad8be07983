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
