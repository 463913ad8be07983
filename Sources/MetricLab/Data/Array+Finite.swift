extension Array where Element == Double {
    /// The index of the first NaN or infinite entry, or nil when every entry is finite: how data
    /// sets check their points, and training its embeddings, gradients and parameters at each step.
    ///
    /// It first asks over eight lanes whether there is any (x·0 is 0 for a finite x and NaN for
    /// NaN or ±∞, and a NaN stays in a sum), searching entry by entry only then: a step scans
    /// thousands of entries that are all finite, where a search with its exit test in every entry
    /// cost about as much as Adam's update (batch 32).
    var firstNonFiniteIndex: Int? {
        withUnsafeBufferPointer { x in
            var sum = SIMD8<Double>()
            var i = 0
            while i + 8 <= x.count {
                sum += UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD8<Double>.self) * 0
                i += 8
            }
            while i < x.count { sum[0] += x[i] * 0; i += 1 }
            return sum.sum().isFinite ? nil : x.firstIndex { !$0.isFinite }
        }
    }
}
