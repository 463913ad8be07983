@testable import MetricLab
import MetricLabTestSupport
import Testing

/// `select` walks its mask without branches: the kept entries in order, their gradients back in
/// place and nothing anywhere else, for masks that end on a kept and on a dropped entry, with
/// none and all kept; `Mask.count` and `rowCounts` agree with counting the bits.
@Suite struct SelectionTests {
    @Test(arguments: [(1, 1, 0), (1, 1, 1), (3, 5, 2), (7, 9, 3), (64, 33, 5), (200, 1, 7)])
    func keptEntriesInOrderAndTheirGradientsInPlace(rows: Int, cols: Int, every: Int) {
        let x = randomTensor(rows, cols, seed: 351)
        // every 0: nothing kept; 1: everything; else each every-th entry and the last one.
        let mask = Mask(rows: rows, cols: cols) { i, j in
            let t = i * cols + j
            return every == 1 || (every > 1 && (t % every == 0 || t == rows * cols - 1))
        }
        let kept = x.scalars.indices.filter { mask.bits[$0] }
        #expect(mask.count == kept.count)
        #expect(mask.rowCounts == (0 ..< rows).map { i in (0 ..< cols).filter { mask[i, $0] }.count })
        let weights = (0 ..< kept.count).map { Double($0) - 2.5 }
        let (_, gradients) = valueWithGradient(at: [x]) { v in
            let s = v[0].select(mask)
            #expect(s.scalars == kept.map { x.scalars[$0] })
            return (s * Tensor(rows: kept.count, cols: 1, scalars: weights)).sum()
        }
        var expected = [Double](repeating: 0, count: rows * cols)
        for (k, t) in kept.enumerated() { expected[t] = weights[k] }
        #expect(gradients[0].scalars == expected)
    }
}
