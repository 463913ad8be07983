/// The bytes a cached run is written as: integers and the bit patterns of numbers, little-endian,
/// so that every number comes back bit for bit.
struct RunBytesWriter {
    /// The bytes so far.
    private(set) var bytes: [UInt8] = []

    /// Appends a 64-bit pattern.
    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer.
    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    /// Appends a number's bits.
    mutating func write(_ value: Double) { write(value.bitPattern) }

    /// Appends a count and the numbers.
    mutating func write(_ values: [Double]) {
        write(values.count)
        bytes.reserveCapacity(bytes.count + 8 * values.count)
        for value in values { write(value) }
    }

    /// Appends a string's UTF-8 bytes after their count.
    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a shape and its numbers.
    mutating func write(_ tensor: Tensor) {
        write(tensor.rows)
        write(tensor.cols)
        write(tensor.scalars)
    }
}

/// Why stored bytes could not be read back; the cache then trains anew.
struct RunBytesError: Error {
    /// What was wrong.
    let reason: String
}

/// Reads what `RunBytesWriter` wrote, refusing anything short or out of shape.
struct RunBytesReader {
    private let bytes: [UInt8]
    private var offset: Int

    /// A reader of `bytes` from `offset`.
    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// The next 64-bit pattern.
    mutating func readWord() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw RunBytesError(reason: "truncated at byte \(offset)") }
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    /// The next integer.
    mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readWord())) }

    /// The next count, refused when negative or larger than the bytes left could hold.
    mutating func readCount(bytesEach: Int = 1) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (bytes.count - offset) / Swift.max(bytesEach, 1) else {
            throw RunBytesError(reason: "a count of \(count) at byte \(offset - 8) does not fit")
        }
        return count
    }

    /// The next number.
    mutating func readDouble() throws -> Double { Double(bitPattern: try readWord()) }

    /// The next numbers.
    mutating func readDoubles() throws -> [Double] {
        let count = try readCount(bytesEach: 8)
        let start = offset
        defer { offset += 8 * count }
        return bytes.withUnsafeBytes { raw in
            (0 ..< count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * $0, as: UInt64.self))) }
        }
    }

    /// The next string.
    mutating func readString() throws -> String {
        let count = try readCount()
        defer { offset += count }
        return String(decoding: bytes[offset ..< offset + count], as: UTF8.self)
    }

    /// The next tensor.
    mutating func readTensor() throws -> Tensor {
        let rows = try readInt(), cols = try readInt()
        let scalars = try readDoubles()
        guard rows >= 0, cols >= 0, rows.multipliedReportingOverflow(by: cols) == (scalars.count, false) else {
            throw RunBytesError(reason: "a \(rows)×\(cols) tensor with \(scalars.count) numbers")
        }
        return Tensor(rows: rows, cols: cols, scalars: scalars)
    }
}
