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
