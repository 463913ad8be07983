import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The hot kernels at sizes where they split their rows over cores (300 × 300 entries and more),
/// against the same op on one row at a time (which never splits) or against plain loops.
@Suite struct ChunkedKernelTests {
    static let n = 300
    let x = randomTensor(n, 2, seed: 21), y = randomTensor(n, 2, seed: 22)
    let labels = (0 ..< n).map { $0 % 7 }

    /// Each row of the matrix op is what the op gives for that row alone, bit for bit.
    @Test func rowsMatchTheOpOnOneRow() {
        let square = randomTensor(Self.n, Self.n, seed: 23, scale: 5)
        let mask = Mask.negativePairs(labels)
        let lse = square.logSumExpRows(mask: mask, addOne: true, scale: -2, offset: 0.5)
        let distances = x.pairwiseDistances(y)
        let masked = square.rowSums(where: mask)
        for i in stride(from: 0, to: Self.n, by: 37) {
            let rowMask = Mask(rows: 1, cols: Self.n) { mask[i, $1] }
            #expect(square.gatherRows([i]).logSumExpRows(mask: rowMask, addOne: true, scale: -2, offset: 0.5).scalar == lse.scalars[i])
            #expect(x.gatherRows([i]).pairwiseDistances(y).scalars == distances.row(i))
            #expect(square.gatherRows([i]).rowSums(where: rowMask).scalar == masked.scalars[i])
        }
    }

    @Test func labelMasksMatchTheirDefinition() {
        #expect(Mask.positivePairs(labels) == Mask(rows: Self.n, cols: Self.n) { $0 != $1 && labels[$0] == labels[$1] })
        #expect(Mask.negativePairs(labels) == Mask(rows: Self.n, cols: Self.n) { labels[$0] != labels[$1] })
        #expect(Mask.sameLabel(labels) == Mask(rows: Self.n, cols: Self.n) { labels[$0] == labels[$1] })
        #expect(Mask.offDiagonal(Self.n) == Mask(rows: Self.n, cols: Self.n) { $0 != $1 })
    }

    /// Products with wide, narrow and transposed operands against the triple loop, and the
    /// gradients of a dense layer against their closed forms.
    @Test func productsMatchPlainLoops() {
        let a = randomTensor(Self.n, 64, seed: 24), b = randomTensor(64, Self.n, seed: 25)
        let wide = randomTensor(Self.n, Self.n, seed: 26), narrow = randomTensor(Self.n, 2, seed: 27)
        func plain(_ p: Tensor, _ q: Tensor) -> [Double] {
            (0 ..< p.rows).flatMap { i in (0 ..< q.cols).map { j in (0 ..< p.cols).reduce(0) { $0 + p[i, $1] * q[$1, j] } } }
        }
        #expect(maxAbsDifference(a.matmul(b).scalars, plain(a, b)) < 1e-12)
        #expect(maxAbsDifference(wide.matmul(narrow).scalars, plain(wide, narrow)) < 1e-12)
        // d Σ(W·N)/dN = Wᵀ·1: the column sums of W, through the transposed narrow product.
        let (_, gradients) = valueWithGradient(at: [wide, narrow]) { $0[0].matmul($0[1]).sum() }
        let columnSums = (0 ..< Self.n).map { p in (0 ..< Self.n).reduce(0) { $0 + wide[$1, p] } }
        #expect(maxAbsDifference(gradients[1].scalars, columnSums.flatMap { [$0, $0] }) < 1e-11)
    }

    /// The contrastive loss over 300 points (masked sums split by rows) against its formula.
    @Test func contrastiveMatchesItsFormula() throws {
        let loss = Contrastive(positiveMargin: 0.1, negativeMargin: 1.5, distance: Euclidean(normalized: false))
        let d = x.pairwiseDistances().scalars
        var pull: [Double] = [], push: [Double] = []
        for i in 0 ..< Self.n { for j in 0 ..< Self.n where i != j {
            if labels[i] == labels[j] { pull.append(max(0, d[i * Self.n + j] - 0.1)) } else { push.append(max(0, 1.5 - d[i * Self.n + j])) }
        } }
        func meanOfPositive(_ t: [Double]) -> Double { t.reduce(0, +) / Double(max(1, t.filter { $0 > 0 }.count)) }
        #expect(try abs(loss(x, labels: labels).scalar - (meanOfPositive(pull) + meanOfPositive(push))) < 1e-12)
    }
}
