import MetricLab

/// The largest error between the tape's gradient of `f` and central finite differences, over every
/// entry of every point (the library's `GradientCheck`, as one number for an expectation).
public func gradientError(at points: [Tensor], step h: Double = 1e-5,
                          of f: ([Tensor]) throws -> Tensor) rethrows -> Double {
    try GradientCheck(at: points, step: h, of: f).largestError
}

/// The largest absolute difference between two equally long arrays of numbers.
public func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "maxAbsDifference: \(a.count) vs \(b.count) numbers")
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// A tensor of Gaussian entries, for test inputs.
public func randomTensor(_ rows: Int, _ cols: Int, seed: UInt64, scale: Double = 1) -> Tensor {
    var rng = RNG(seed: seed)
    return Tensor(rows: rows, cols: cols, scalars: (0 ..< rows * cols).map { _ in scale * rng.gaussian() })
}
