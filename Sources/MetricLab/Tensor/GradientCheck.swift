import Foundation

/// The tape's gradient of a function against central finite differences, entry by entry: the check
/// a new op or loss needs before anything is trained with it.
///
/// The error of an entry is |tape − numeric| / max(1, |tape|, |numeric|): relative for large
/// gradients, absolute for small ones, so that a gradient of 1e-12 against 0 is not a failure.
public struct GradientCheck: Sendable, CustomStringConvertible {
    /// What the check found for one input.
    public struct Input: Sendable {
        /// The input's name (`embeddings`, a loss parameter's name).
        public let name: String
        /// Its shape.
        public let rows: Int, cols: Int
        /// The largest error over its entries.
        public let largestError: Double
        /// The largest gradient entry, in absolute value, to judge the error against.
        public let largestGradient: Double
    }

    /// Each input's result, in the order given.
    public let inputs: [Input]
    /// The finite-difference step h of the central differences (f(x + h) − f(x − h)) / 2h.
    public let step: Double

    /// Checks `f` at `points`, naming them `names` (`input 0`, `input 1`… by default).
    public init(at points: [Tensor], names: [String]? = nil, step h: Double = 1e-5,
                of f: ([Tensor]) throws -> Tensor) rethrows {
        precondition(names == nil || names!.count == points.count,
                     "GradientCheck: \(names?.count ?? 0) names for \(points.count) inputs")
        let (_, tape) = try valueWithGradient(at: points, of: f)
        var inputs: [Input] = []
        for (k, point) in points.enumerated() {
            var worst = 0.0
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
                worst = Swift.max(worst, Swift.abs(analytic - numeric) / Swift.max(1, Swift.abs(analytic), Swift.abs(numeric)))
            }
            inputs.append(Input(name: names?[k] ?? "input \(k)", rows: point.rows, cols: point.cols, largestError: worst,
                                largestGradient: tape[k].scalars.map { Swift.abs($0) }.max() ?? 0))
        }
        self.inputs = inputs
        step = h
    }

    /// The largest error over every input.
    public var largestError: Double { inputs.map(\.largestError).max() ?? 0 }

    /// Whether every entry's error is within `tolerance` (1e-6 is what the library's own tests ask).
    public func passes(tolerance: Double = 1e-6) -> Bool { largestError <= tolerance }

    /// One line per input: its name, shape, largest error and largest gradient.
    public var description: String {
        inputs.map { input in
            String(format: "%@ (%d×%d): largest error %.1e, largest |gradient| %.3g",
                   input.name, input.rows, input.cols, input.largestError, input.largestGradient)
        }.joined(separator: "\n")
    }
}
