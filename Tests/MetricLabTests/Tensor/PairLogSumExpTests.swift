import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The streamed pair log-sum-exp against the P×m matrix it stands for, written out.
@Suite struct PairLogSumExpTests {
    let a = randomTensor(5, 7, seed: 41), b = randomTensor(6, 7, seed: 42, scale: 2)
    /// Out of row order, with a pair listed twice and a row of `a` (2) whose mask row is empty.
    let rows = [3, 0, 2, 0, 4, 1, 0, 3], otherRows = [5, 1, 0, 1, 2, 2, 4, 3]
    let offsets = randomTensor(8, 1, seed: 43)
    let mask = Mask(rows: 5, cols: 7) { i, j in i != 2 && (i + 2 * j) % 3 != 0 }

    /// log(1 + Σ) or log Σ of exp(a[r, j] + b[s, j] + c) over the kept j, from the definition.
    func written(_ a: Tensor, _ b: Tensor, _ rows: [Int], _ otherRows: [Int], _ offsets: Tensor, _ mask: Mask?,
                 addOne: Bool) -> [Double] {
        rows.indices.map { k in
            let kept = (0 ..< a.cols).filter { mask?[rows[k], $0] ?? true }
            guard !kept.isEmpty else { return 0 }
            let sum = kept.reduce(addOne ? 1 : 0) { $0 + exp(a[rows[k], $1] + b[otherRows[k], $1] + offsets.scalars[k]) }
            return log(sum)
        }
    }

    /// The same through the P×m matrix on the tape, for its gradients.
    func materialised(_ a: Tensor, _ b: Tensor, _ rows: [Int], _ otherRows: [Int], _ offsets: Tensor, _ mask: Mask?,
                      addOne: Bool) -> Tensor {
        let pairMask = mask.map { mask in Mask(rows: rows.count, cols: a.cols) { mask[rows[$0], $1] } }
        return (a.gatherRows(rows) + b.gatherRows(otherRows) + offsets).logSumExpRows(mask: pairMask, addOne: addOne)
    }

    @Test(arguments: [true, false])
    func valuesMatchTheWrittenOutSums(addOne: Bool) {
        for mask in [mask, nil] {
            let streamed = a.pairLogSumExp(b, pairs: (rows, otherRows), offsets: offsets, mask: mask, addOne: addOne)
            #expect(streamed.rows == rows.count && streamed.cols == 1)
            #expect(maxAbsDifference(streamed.scalars, written(a, b, rows, otherRows, offsets, mask, addOne: addOne)) < 1e-12)
        }
        // Pairs whose mask row keeps nothing give 0, with or without the added 1.
        let empty = a.pairLogSumExp(b, pairs: (rows, otherRows), offsets: offsets, mask: mask, addOne: addOne)
        #expect(empty.scalars[2] == 0)
    }

    @Test(arguments: [true, false])
    func gradientsMatchFiniteDifferences(addOne: Bool) {
        let weights = randomTensor(8, 1, seed: 44)
        for mask in [mask, nil] {
            #expect(gradientError(at: [a, b, offsets]) {
                ($0[0].pairLogSumExp($0[1], pairs: (rows, otherRows), offsets: $0[2], mask: mask, addOne: addOne) * weights).sum()
            } < 1e-6)
        }
    }

    /// One matrix on both sides of the pairs, as a loss whose references are its embeddings uses it.
    @Test func oneMatrixOnBothSides() {
        let weights = randomTensor(8, 1, seed: 45)
        let square = randomTensor(6, 7, seed: 46), mask = Mask(rows: 6, cols: 7) { $0 != $1 }
        let rows = rows.map { ($0 + 1) % 6 }
        #expect(gradientError(at: [square, offsets]) {
            ($0[0].pairLogSumExp($0[0], pairs: (rows, otherRows), offsets: $0[1], mask: mask, addOne: true) * weights).sum()
        } < 1e-6)
    }

    /// A pair whose logits are far below the zero logit, and one far above: no overflow, and with
    /// nothing kept the pair's gradient is zero.
    @Test func extremeLogitsStayFinite() {
        let big = Tensor([[800, -900, 2], [1, 1, 1]]), other = Tensor([[1, 2, 3], [-900, 0, 0]])
        let keep = Mask(rows: 2, cols: 3, bits: [true, true, false, false, false, false])
        let c = Tensor(rows: 3, cols: 1, scalars: [0, 0, -1000])
        let (value, gradients) = valueWithGradient(at: [big, other, c]) {
            $0[0].pairLogSumExp($0[1], pairs: ([0, 1, 0], [0, 1, 1]), offsets: $0[2], mask: keep, addOne: true).sum()
        }
        #expect(abs(value - (801 + log(exp(-801) + 1 + exp(-1699)) + 0 + log(1 + exp(-1100) + exp(-1900)))) < 1e-12)
        #expect(gradients.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        #expect(gradients[0].row(1) == [0, 0, 0])
    }

    /// Enough pairs (4,000 of 128 columns) that the forward pass splits over cores and the pullback
    /// into pieces, listed in shuffled order against references of another count: values and
    /// gradients as through the P×m matrix.
    @Test func largeShuffledBatchMatchesTheMatrix() {
        let n = 128, m = 100
        let labels = (0 ..< n).map { $0 % 4 }, referenceLabels = (0 ..< m).map { ($0 * 7) % 4 }
        var pairs = (0 ..< n).flatMap { i in (0 ..< m).filter { referenceLabels[$0] == labels[i] && $0 != i }.map { (i, $0) } }
        var rng = RNG(seed: 47)
        pairs.shuffle(using: &rng)
        let (rows, otherRows) = (pairs.map(\.0), pairs.map(\.1))
        let x = randomTensor(n, m, seed: 48, scale: 3), y = randomTensor(m, m, seed: 49, scale: 3)
        let c = randomTensor(pairs.count, 1, seed: 50), weights = randomTensor(pairs.count, 1, seed: 51)
        let negatives = Mask(rows: n, cols: m) { labels[$0] != referenceLabels[$1] }
        let (streamed, streamedGradients) = valueWithGradient(at: [x, y, c]) {
            ($0[0].pairLogSumExp($0[1], pairs: (rows, otherRows), offsets: $0[2], mask: negatives, addOne: true) * weights).sum()
        }
        let (matrix, matrixGradients) = valueWithGradient(at: [x, y, c]) {
            (materialised($0[0], $0[1], rows, otherRows, $0[2], negatives, addOne: true) * weights).sum()
        }
        #expect(abs(streamed - matrix) < 1e-9)
        for (s, t) in zip(streamedGradients, matrixGradients) { #expect(maxAbsDifference(s.scalars, t.scalars) < 1e-12) }
    }

    @Test func noPairsGiveAnEmptyColumn() {
        let none = a.pairLogSumExp(b, pairs: ([], []), offsets: Tensor.zeros(0, 1), mask: mask, addOne: true)
        #expect(none.rows == 0 && none.cols == 1)
    }
}
