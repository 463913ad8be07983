extension Mask {
    /// The (row, column) of every set entry, row after row: a pair mask as the index pairs a
    /// figure draws as edges (`Scatter(…, positivePairs: mined.positives.entries)`).
    public var entries: [(Int, Int)] {
        let (rows, columns) = entryIndices(columns: true)
        return Array(zip(rows, columns))
    }

    /// The row of every set entry, row after row: with `Tensor.select(_:)`, which lists the same
    /// entries in the same order, it lines each selected entry up with a per-row value.
    public var entryRows: [Int] { entryIndices(columns: false).rows }

    /// The rows and (when `columns`) the columns of the set entries, row after row.
    ///
    /// Pair losses list the pairs of m×m masks at every step (a quarter of a million at m = 1024 on
    /// four classes), so each row's entries are counted first and then written in place, chunks of
    /// rows on the cores. Every entry is written and the slot moves on by its bit, so no branch
    /// waits on a bit; past the chunk's last set entry the writes go to a spare slot, since the
    /// next slot belongs to the next chunk.
    func entryIndices(columns: Bool) -> (rows: [Int], columns: [Int]) {
        let counts = rowCounts
        var starts = [Int](repeating: 0, count: rows + 1)
        for i in 0 ..< rows { starts[i + 1] = starts[i] + counts[i] }
        let (total, cols) = (starts[rows], self.cols)
        var columnList: [Int] = []
        let rowList = [Int](unsafeUninitializedCapacity: total) { rowSlots, rowsWritten in
            columnList = [Int](unsafeUninitializedCapacity: columns ? total : 0) { columnSlots, columnsWritten in
                bits.withUnsafeBufferPointer { bits in
                    guard let bits = bits.baseAddress, let rowSlots = rowSlots.baseAddress else { return }
                    let columnSlots = columns ? columnSlots.baseAddress : nil
                    forEachChunk(of: rows, work: rows * cols) { chunk in
                        var spare = 0
                        let end = starts[chunk.upperBound]
                        withUnsafeMutablePointer(to: &spare) { spare in
                            for i in chunk {
                                var t = starts[i]
                                for j in 0 ..< cols {
                                    let set = bits[i * cols + j]
                                    (t < end ? rowSlots + t : spare).pointee = i
                                    if let columnSlots { (t < end ? columnSlots + t : spare).pointee = j }
                                    t += set ? 1 : 0
                                }
                            }
                        }
                    }
                }
                columnsWritten = columns ? total : 0
            }
            rowsWritten = total
        }
        return (rowList, columnList)
    }
}
