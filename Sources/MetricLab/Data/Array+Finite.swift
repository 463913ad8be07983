extension Array where Element == Double {
    /// The index of the first NaN or infinite entry, or nil when every entry is finite: how data
    /// sets check their points, and training its embeddings, gradients and parameters at each step.
    var firstNonFiniteIndex: Int? {
        withUnsafeBufferPointer { buffer in buffer.firstIndex { !$0.isFinite } }
    }
}
