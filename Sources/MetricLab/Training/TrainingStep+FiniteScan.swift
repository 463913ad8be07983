extension Array where Element == Double {
    /// `firstNonFiniteIndex`, first asking over eight lanes whether there is any: x·0 is 0 for a
    /// finite x and NaN for NaN or ±∞, and a NaN stays in a sum. A step scans thousands of
    /// gradients and parameters that are all finite, where the one-at-a-time search with its exit
    /// test in every entry cost about as much as Adam's update (batch 32).
    var firstNonFiniteIndexByLanes: Int? {
        let anyNonFinite = withUnsafeBufferPointer { x in
            var sum = SIMD8<Double>()
            var i = 0
            while i + 8 <= x.count {
                sum += UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD8<Double>.self) * 0
                i += 8
            }
            while i < x.count { sum[0] += x[i] * 0; i += 1 }
            return !sum.sum().isFinite
        }
        return anyNonFinite ? firstNonFiniteIndex : nil
    }
}
