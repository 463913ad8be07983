extension Mask {
    /// The (row, column) of every set entry, row after row: a pair mask as the index pairs a
    /// figure draws as edges (`Scatter(…, positivePairs: mined.positives.entries)`).
    public var entries: [(Int, Int)] {
        bits.indices.filter { bits[$0] }.map { ($0 / cols, $0 % cols) }
    }

    /// The row of every set entry, row after row: with `Tensor.select(_:)`, which lists the same
    /// entries in the same order, it lines each selected entry up with a per-row value.
    public var entryRows: [Int] {
        var out: [Int] = []
        bits.withUnsafeBufferPointer { b in
            for i in 0 ..< rows { for j in 0 ..< cols where b[i * cols + j] { out.append(i) } }
        }
        return out
    }
}
