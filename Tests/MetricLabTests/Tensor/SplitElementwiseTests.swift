@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The four arithmetic ops on outputs large enough that their rows are split over the cores,
/// against the one-core loops written out: the same value bits, and the same gradient bits on
/// every side, whether it is the output's shape (written fresh), a column (each entry one row's
/// sum), a row or a scalar (each entry a sum down all rows, which stays on one core in row order).
@Suite struct SplitElementwiseTests {
    /// An input of the given shape, with ±0, and NaN when asked, among its entries.
    func input(_ rows: Int, _ cols: Int, seed: UInt64) -> Tensor {
        var x = randomTensor(rows, cols, seed: seed, scale: 2).scalars
        for t in x.indices where t % 37 == 5 { x[t] = [0, -0.0, 0.5][(t / 37) % 3] }
        return Tensor(rows: rows, cols: cols, scalars: x)
    }

    @Test(arguments: ["+", "-", "*", "/"])
    func splitOpsGiveTheLoopsBits(op: String) {
        // Just over 2¹⁸ entries, the size from which the ops split.
        let (m, n) = (513, 512)
        // Weights on the output, so that its gradient is theirs exactly (1·w, then 0 + that).
        let w = randomTensor(m, n, seed: 633)
        let shapes = [(m, n), (m, 1), (1, n), (1, 1)]
        for (ra, ca) in shapes {
            for (rb, cb) in shapes where (ra, ca) == (m, n) || (rb, cb) == (m, n) || ((ra, ca) == (m, 1) && (rb, cb) == (1, n))
                || ((ra, ca) == (1, n) && (rb, cb) == (m, 1)) {
                let (a, b) = (input(ra, ca, seed: 631), input(rb, cb, seed: 632))
                let label = "\(ra)×\(ca) \(op) \(rb)×\(cb)"
                let (value, gradients) = valueWithGradient(at: [a, b]) { v in
                    let out: Tensor = switch op {
                    case "+": v[0] + v[1]
                    case "-": v[0] - v[1]
                    case "*": v[0] * v[1]
                    default: v[0] / v[1]
                    }
                    return (out * w).sum()
                }
                // The loops one core runs, in the output's row order.
                let (x, y, g) = (a.scalars, b.scalars, w.scalars)
                var (out, ga, gb) = ([Double](repeating: 0, count: m * n), [Double](repeating: 0, count: a.count),
                                     [Double](repeating: 0, count: b.count))
                for i in 0 ..< m {
                    for j in 0 ..< n {
                        let (o, ia, ib) = (i * n + j, (ra == 1 ? 0 : i) * ca + (ca == 1 ? 0 : j), (rb == 1 ? 0 : i) * cb + (cb == 1 ? 0 : j))
                        switch op {
                        case "+": out[o] = x[ia] + y[ib]; ga[ia] = ga[ia] + g[o]; gb[ib] = gb[ib] + g[o]
                        case "-": out[o] = x[ia] - y[ib]; ga[ia] = ga[ia] + g[o]; gb[ib] = gb[ib] - g[o]
                        case "*": out[o] = x[ia] * y[ib]; ga[ia] = ga[ia] + g[o] * y[ib]; gb[ib] = gb[ib] + g[o] * x[ia]
                        default: out[o] = x[ia] / y[ib]; ga[ia] += g[o] / y[ib]; gb[ib] -= g[o] * x[ia] / (y[ib] * y[ib])
                        }
                    }
                }
                let direct: Tensor = switch op {
                case "+": a + b
                case "-": a - b
                case "*": a * b
                default: a / b
                }
                #expect(direct.scalars.map(\.bitPattern) == out.map(\.bitPattern), "\(label): values")
                #expect(value.isFinite == out.allSatisfy(\.isFinite), "\(label): loss")
                #expect(gradients[0].scalars.map(\.bitPattern) == ga.map(\.bitPattern), "\(label): left gradient")
                #expect(gradients[1].scalars.map(\.bitPattern) == gb.map(\.bitPattern), "\(label): right gradient")
            }
        }
    }
}
