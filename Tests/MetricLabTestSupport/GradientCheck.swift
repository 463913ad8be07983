import MetricLab

/// The largest error between the tape's gradient of `f` and central finite differences, over every
/// entry of every point.
///
/// The error of an entry is |tape − numeric| / max(1, |tape|, |numeric|): relative for large
/// gradients, absolute for small ones, so that a gradient of 1e-12 against 0 is not a failure.
public func gradientError(at points: [Tensor], step h: Double = 1e-5,
                          of f: ([Tensor]) throws -> Tensor) rethrows -> Double {
    let (_, tape) = try valueWithGradient(at: points, of: f)
    var worst = 0.0
    for (k, point) in points.enumerated() {
        for t in 0 ..< point.count {
            func value(shiftedBy delta: Double) throws -> Double {
                var s = point.scalars
                s[t] += delta
                var shifted = points
                shifted[k] = Tensor(rows: point.rows, cols: point.cols, scalars: s)
                return try f(shifted).scalar
            }
            let numeric = (try value(shiftedBy: h) - value(shiftedBy: -h)) / (2 * h)
            let analytic = tape[k].scalars[t]
            worst = max(worst, abs(analytic - numeric) / max(1, abs(analytic), abs(numeric)))
        }
    }
    return worst
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
