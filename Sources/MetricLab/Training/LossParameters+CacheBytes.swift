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
