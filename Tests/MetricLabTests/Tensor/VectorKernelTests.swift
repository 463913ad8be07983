import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The vector kernels (libmvec's exp, log1p and tanh, four at a time) against libm entry by entry,
/// on every length from 1 to 13 (the last group of four partly filled) and on the edges of exp's
/// range, where a vector routine leaves its fast path.
@Suite struct VectorKernelTests {
    /// Values from −800 to 800, dense near 0, with exp's underflow and overflow edges.
    static let inputs: [Double] = {
        var xs = stride(from: -40.0, through: 40, by: 0.37).map { $0 }
        xs += [-800, -745.2, -708.5, -1e-300, 0, 1e-300, 1e-9, -1e-9, 709.7, 710, 800]
        return xs
    }()

    /// Relative difference, exact at zero and for equal infinities.
    func relative(_ a: Double, _ b: Double) -> Double {
        a == b ? 0 : abs(a - b) / max(abs(a), abs(b), .leastNormalMagnitude)
    }

    @Test func elementwiseFunctionsMatchLibm() {
        let x = Tensor(rows: 1, cols: Self.inputs.count, scalars: Self.inputs)
        let cases: [(String, Tensor, (Double) -> Double)] = [
            ("exp", x.exp(), { Foundation.exp($0) }),
            ("tanh", x.tanh(), { Foundation.tanh($0) }),
            ("sigmoid", x.sigmoid(), { 1 / (1 + Foundation.exp(-$0)) }),
            ("softplus", x.softplus(), { max($0, 0) + Foundation.log1p(Foundation.exp(-abs($0))) }),
        ]
        for (name, y, f) in cases {
            let worst = zip(Self.inputs, y.scalars).map { relative($1, f($0)) }.max()!
            #expect(worst < 1e-15, "\(name): relative error \(worst)")
        }
    }

    /// The last partial group of four is computed like the others, whatever the length.
    @Test(arguments: 1 ... 13)
    func everyLengthGivesTheSameValues(length: Int) {
        let xs = Array(Self.inputs[40 ..< 40 + length])
        let alone = Tensor(rows: 1, cols: length, scalars: xs).exp().scalars
        let inLongRow = Tensor(rows: 1, cols: Self.inputs.count, scalars: Self.inputs).exp().scalars[40 ..< 40 + length]
        #expect(alone == Array(inLongRow))
    }

    /// Masked log-sum-exp against the sum written out, on rows of every length up to 13, rows
    /// with nothing kept, and the added zero logit.
    @Test func logSumExpRowsMatchesTheSumWrittenOut() {
        var rng = RNG(seed: 4)
        for width in 1 ... 13 {
            let x = Tensor(rows: 6, cols: width, scalars: (0 ..< 6 * width).map { _ in 30 * rng.gaussian() })
            let mask = Mask(rows: 6, cols: width) { i, j in i != 2 && (i + j) % 3 != 0 }
            for addOne in [false, true] {
                let lse = x.logSumExpRows(mask: mask, addOne: addOne).scalars
                for i in 0 ..< 6 {
                    let kept = (0 ..< width).filter { mask[i, $0] }.map { x[i, $0] }
                    let all = kept + (addOne ? [0] : [])
                    guard let top = all.max() else {
                        #expect(lse[i] == 0)
                        continue
                    }
                    let expected = top + Foundation.log(all.reduce(0) { $0 + Foundation.exp($1 - top) })
                    #expect(relative(lse[i], expected) < 1e-14, "width \(width), row \(i)")
                }
            }
        }
    }
}
