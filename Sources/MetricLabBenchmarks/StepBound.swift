import MetricLab

/// A lower bound of a training step's cost: the floating-point work no implementation of the step
/// can skip, at the rate the machine's matrix product reaches.
///
/// The work counted is the step's matrix products and nothing else (activations, the loss's own
/// elementwise work and the optimizer are left out, so the bound stays below any real step): each
/// layer's product forward, 2·m·in·out operations, and backward its product for the weights and,
/// above the first layer, for its input; for a loss that compares every pair of the batch, the
/// r×r' products of its d-wide rows forward (a distance or similarity matrix needs at least that)
/// and backward once for each side.
public struct StepBound: Sendable {
    /// Floating-point operations of the step's matrix products.
    public let flops: Double
    /// The rate of the library's matrix product, operations per microsecond, measured in the same run.
    public let flopsPerMicrosecond: Double

    /// The bound, in microseconds.
    public var microseconds: Double { flops / flopsPerMicrosecond }

    /// A bound from the work and the rate.
    public init(flops: Double, flopsPerMicrosecond: Double) {
        self.flops = flops
        self.flopsPerMicrosecond = flopsPerMicrosecond
    }

    /// The products' operations of a step on `batch` rows through `layers` (widths, input first;
    /// none for free embeddings), with `pairs` (rows × references compared, each `width` wide) when
    /// the loss compares every pair.
    public static func flops(batch m: Int, layers: [Int], pairs: (rows: Int, cols: Int)?, width d: Int) -> Double {
        let model = zip(layers, layers.dropFirst()).enumerated().reduce(0.0) { total, layer in
            let (index, (input, output)) = layer
            return total + 2 * Double(m * input * output) * (index == 0 ? 2 : 3)
        }
        guard let pairs else { return model }
        return model + 3 * 2 * Double(pairs.rows * pairs.cols * d)
    }

    /// Operations per microsecond of the library's matrix product on two `size`×`size` matrices:
    /// the median of repeated products, measured now so that the bound sees the machine's load.
    public static func matrixProductRate(size n: Int = 256, budget: Double = 0.05) -> Double {
        var rng = RNG(seed: 11)
        let a = rng.gaussian(rows: n, cols: n), b = rng.gaussian(rows: n, cols: n)
        let timing = Timing.measure(warmup: 2, runs: 50, budget: budget) { _ = a.matmul(b) }
        return 2 * Double(n * n * n) / timing.medianMicroseconds
    }
}
