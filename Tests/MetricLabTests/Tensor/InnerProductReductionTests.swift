import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The tiled reductions of inner products against the same reductions of the whole matrix
/// (`innerProducts(with:).reduced(_:)`): the same values and gradients bit for bit, on shapes that
/// take each backward path (narrow dot products and column sums, the product kernel), one block
/// or many, one core or a chunked loop, self against itself or against other rows.
@Suite struct InnerProductReductionTests {
    /// Rows of x, rows of y (nil: y is x), and their length.
    struct Case: CustomTestStringConvertible {
        let m: Int, n: Int?, d: Int
        var testDescription: String { "\(m)×\(n.map(String.init) ?? "self")×\(d)" }
    }

    static let cases = [Case(m: 40, n: nil, d: 2), Case(m: 300, n: nil, d: 2), Case(m: 1030, n: nil, d: 2),
                        Case(m: 256, n: nil, d: 32), Case(m: 100, n: 70, d: 9), Case(m: 64, n: 8, d: 3),
                        Case(m: 200, n: 150, d: 5), Case(m: 50, n: 100, d: 3), Case(m: 130, n: 520, d: 7)]

    /// A mask keeping about `share` of the entries, with row 1 kept nowhere.
    static func mask(_ rows: Int, _ cols: Int, share: Double, seed: UInt64) -> Mask {
        var rng = RNG(seed: seed)
        return Mask(rows: rows, cols: cols, bits: (0 ..< rows * cols).map { $0 / cols != 1 && rng.uniform() < share })
    }

    /// The reductions a SupCon, an instance and an NT-Xent loss take, and a row sum alone; no
    /// entry is listed twice, so at most two gradients reach an entry.
    static func reductionLists(_ m: Int, _ n: Int) -> [[MatrixReduction]] {
        var rng = RNG(seed: UInt64(m * 31 + n))
        let targets = (0 ..< m).map { _ in Int(rng.uniform() * Double(n)) % n }
        let pairRows = (0 ..< 3 * m).map { $0 % m }, pairCols = (0 ..< 3 * m).map { ($0 * 7 + 3 + $0 / m) % n }
        return [[.logSumExpRows(mask: mask(m, n, share: 0.9, seed: 5), scale: 10), .rowSums(where: mask(m, n, share: 0.2, seed: 6))],
                [.logSumExpRows(mask: nil, scale: 64), .entries(rows: Array(0 ..< m), cols: targets)],
                [.entries(rows: pairRows, cols: pairCols), .logSumExpRows(mask: mask(m, n, share: 0.5, seed: 7), scale: 3, offset: -1, addOne: true)],
                [.rowSums(where: nil)]]
    }

    /// The reductions' values and the gradients of Σₖ wₖ·valueₖ (w random) into x and y.
    static func run(_ c: Case, _ reductions: [MatrixReduction], tiled: Bool) -> (values: [Double], gradients: [Double]) {
        let x = randomTensor(c.m, c.d, seed: 11), y = c.n.map { randomTensor($0, c.d, seed: 12) }
        let variables = [x] + (y.map { [$0] } ?? [])
        var outputs: [Double] = []
        let (_, gradients) = valueWithGradient(at: variables) { v in
            let other = v.count > 1 ? v[1] : v[0]
            let out = tiled ? v[0].innerProductsReduced(with: other, reductions, tilingFrom: 0) : v[0].innerProducts(with: other).reduced(reductions)
            outputs = out.flatMap(\.scalars)
            return out.enumerated().map { k, o in (o * randomTensor(o.rows, 1, seed: UInt64(20 + k))).sum() }.reduce(Tensor(0), +)
        }
        return (outputs, gradients.flatMap(\.scalars))
    }

    @Test(arguments: cases)
    func tiledReductionsGiveTheMatrixsBits(_ c: Case) {
        for (index, reductions) in Self.reductionLists(c.m, c.n ?? c.m).enumerated() {
            let whole = Self.run(c, reductions, tiled: false), tiled = Self.run(c, reductions, tiled: true)
            let values = zip(whole.values, tiled.values).filter { $0.bitPattern != $1.bitPattern }
            let gradients = zip(whole.gradients, tiled.gradients).filter { $0.bitPattern != $1.bitPattern }
            let (valuesDiffering, gradientsDiffering) = (values.count, gradients.count)
            #expect(valuesDiffering == 0, "list \(index): first \(values.prefix(2))")
            #expect(gradientsDiffering == 0, "list \(index), of \(whole.gradients.count): first \(gradients.prefix(2))")
        }
    }

    /// Cosine similarity and the dot product answer `reducedSimilarities` tiled at a batch of 1024
    /// with their matrix's bits, each normalising as its matrix does; a distance answers from its matrix.
    @Test func distancesReduceAsTheirMatrices() {
        let m = 1024
        let reductions: [MatrixReduction] = [.logSumExpRows(mask: .offDiagonal(m), scale: 10), .rowSums(where: Self.mask(m, m, share: 0.25, seed: 8))]
        for distance in [CosineSimilarity(), DotProduct(), Euclidean()] as [any Distance] {
            var outputs: [[Double]] = [[], []], gradients: [[Double]] = []
            for (k, fromMatrix) in [false, true].enumerated() {
                // The embeddings against themselves, as SupCon compares them.
                let (_, g) = valueWithGradient(at: [randomTensor(m, 2, seed: 31)]) { v in
                    let out = fromMatrix ? distance.similarities(v[0], v[0]).reduced(reductions) : distance.reducedSimilarities(v[0], v[0], reductions)
                    outputs[k] = out.flatMap(\.scalars)
                    return (out[0] * randomTensor(m, 1, seed: 33)).sum() + (out[1] * randomTensor(m, 1, seed: 34)).sum()
                }
                gradients.append(g.flatMap(\.scalars))
            }
            let (values, grads) = (zip(outputs[0], outputs[1]).filter { $0.bitPattern != $1.bitPattern }.count,
                                   zip(gradients[0], gradients[1]).filter { $0.bitPattern != $1.bitPattern }.count)
            #expect(values == 0 && grads == 0, "\(distance)")
        }
    }

    /// Three reductions reaching one entry add in a fixed order: within rounding of the tape's order.
    @Test func threeReductionsAgreeToRounding() {
        let c = Case(m: 120, n: nil, d: 4)
        let reductions: [MatrixReduction] = [.logSumExpRows(mask: nil, scale: 2), .rowSums(where: nil),
                                             .entries(rows: (0 ..< 240).map { $0 % 120 }, cols: (0 ..< 240).map { 119 - $0 % 120 })]
        let whole = Self.run(c, reductions, tiled: false), tiled = Self.run(c, reductions, tiled: true)
        #expect(whole.values == tiled.values)
        #expect(maxAbsDifference(whole.gradients, tiled.gradients) < 1e-12)
    }

    /// The values against a direct sum: a log-sum-exp, a masked row sum and an entry by hand.
    @Test func valuesAreTheFormulas() {
        let x = randomTensor(30, 3, seed: 3), y = randomTensor(20, 3, seed: 4)
        let keep = Self.mask(30, 20, share: 0.6, seed: 9)
        let out = x.innerProductsReduced(with: y, [.logSumExpRows(mask: keep, scale: 0.5), .rowSums(where: keep), .entries(rows: [4], cols: [7])], tilingFrom: 0)
        func s(_ i: Int, _ j: Int) -> Double { (0 ..< 3).reduce(0) { $0 + x.scalars[i * 3 + $1] * y.scalars[j * 3 + $1] } }
        for i in [0, 1, 17] {
            let kept = (0 ..< 20).filter { keep.bits[i * 20 + $0] }
            let lse = kept.isEmpty ? 0 : log(kept.map { exp(0.5 * s(i, $0)) }.reduce(0, +))
            #expect(abs(out[0].scalars[i] - lse) < 1e-12)
            #expect(abs(out[1].scalars[i] - kept.map { s(i, $0) }.reduce(0, +)) < 1e-12)
        }
        #expect(abs(out[2].scalar - s(4, 7)) < 1e-14)
    }
}
