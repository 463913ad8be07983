extension Mask {
    /// The (row, column) of every set entry, row after row: a pair mask as the index pairs a
    /// figure draws as edges (`Scatter(…, positivePairs: mined.positives.entries)`).
    public var entries: [(Int, Int)] {
        bits.indices.filter { bits[$0] }.map { ($0 / cols, $0 % cols) }
    }
}
