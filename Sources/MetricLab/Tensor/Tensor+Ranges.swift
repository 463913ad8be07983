extension Tensor {
    /// `count` evenly spaced values from `start` through `end` as a column (numpy's linspace):
    /// the bin centres of a histogram loss, the thresholds of a ranking loss.
    public static func linspace(from start: Double, through end: Double, count: Int) -> Tensor {
        precondition(count >= 1, "linspace: count must be at least 1, got \(count)")
        precondition(start.isFinite && end.isFinite, "linspace: the ends must be finite, got \(start) and \(end)")
        let step = count == 1 ? 0 : (end - start) / Double(count - 1)
        // Each value from the start, not by repeated addition, and the last exactly `end`.
        let values = (0 ..< count).map { k in k == count - 1 && count > 1 ? end : start + Double(k) * step }
        return Tensor(rows: count, cols: 1, scalars: values)
    }

    /// The values start, start + step, … up to but not including `end`, as a column (numpy's arange).
    public static func arange(from start: Double = 0, to end: Double, step: Double = 1) -> Tensor {
        precondition(step != 0 && step.isFinite, "arange: step must be finite and not zero, got \(step)")
        precondition(start.isFinite && end.isFinite, "arange: the ends must be finite, got \(start) and \(end)")
        let count = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        return Tensor(rows: count, cols: 1, scalars: (0 ..< count).map { start + Double($0) * step })
    }
}
