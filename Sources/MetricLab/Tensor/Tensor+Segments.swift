extension Tensor {
    /// The entries of a column added up by segment: out[s] = Σ_{k: segments[k] = s} xₖ, a column
    /// of `count` (a segment with no entry is 0).
    ///
    /// What a per-anchor or per-class reduction needs from a column of terms, without a matrix
    /// of the terms' owners.
    public func segmentSums(_ segments: [Int], count: Int) -> Tensor {
        precondition(segments.count == self.count, "segmentSums: \(segments.count) segments for \(self.count) entries")
        precondition(segments.allSatisfy { $0 >= 0 && $0 < count }, "segmentSums: a segment outside 0..<\(count)")
        var out = [Double](repeating: 0, count: count)
        for (k, s) in segments.enumerated() { out[s] += scalars[k] }
        return Tensor.record(rows: count, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in for (k, s) in segments.enumerated() { gx[k] += g[s] } }
        }
    }
}
