@testable import MetricLab
import MetricLabTestSupport
import Testing

/// `select` walks its mask without branches: the kept entries in order, their gradients back in
/// place and nothing anywhere else, for masks that end on a kept and on a dropped entry, with
/// none and all kept, and on matrices large enough that their rows are split over the cores;
/// `Mask.count` and `rowCounts` agree with counting the bits.
@Suite struct SelectionTests {
    @Test(arguments: [(1, 1, 0), (1, 1, 1), (3, 5, 2), (7, 9, 3), (64, 33, 5), (200, 1, 7), (600, 700, 3), (300, 300, 0),
                      (257, 300, 1), (1000, 90, 11), (300000, 1, 4)])
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

/// `select`'s AVX-512 walks against its loops: the same values and the same gradient bits, added
/// into a gradient holding ±0, NaN and ±∞ or written fresh, on lengths that leave a tail.
@Suite struct SelectionKernelTests {
    @Test(arguments: [(1, 1), (7, 1), (9, 2), (33, 3), (1000, 5), (1023, 1)])
    func vectorWalksGiveTheLoopsBits(count: Int, every: Int) {
        guard GEMM.kernel == .avx512 else { return }
        let x = randomTensor(count, 1, seed: 371).scalars
        let bits = (0 ..< count).map { $0 % every == 0 || $0 % 7 == 3 }
        let kept = bits.filter { $0 }.count
        let pieces = SelectionPieces(Mask(rows: count, cols: 1, bits: bits))
        #expect(Tensor.selected(x, bits, pieces, kernel: .avx512) == Tensor.selected(x, bits, pieces, kernel: .portable))
        var g = randomTensor(kept, 1, seed: 372).scalars
        for k in g.indices where k % 5 == 1 { g[k] = [-0.0, 0, .infinity][(k / 5) % 3] }
        var start = randomTensor(count, 1, seed: 373).scalars
        for t in start.indices where t % 4 == 2 { start[t] = [-0.0, .nan, -.infinity, 0][(t / 4) % 4] }
        for fresh in [false, true] {
            let walks = g.withUnsafeBufferPointer { g in
                [GEMM.Kernel.portable, .avx512].map { kernel in
                    var gx = start
                    gx.withUnsafeMutableBufferPointer { Tensor.addSelected(g, bits, entries: 0 ..< count, into: $0, fresh: fresh, kernel: kernel) }
                    return gx
                }
            }
            let (loop, vector) = (walks[0], walks[1])
            #expect(zip(loop, vector).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(count), every \(every), fresh \(fresh)")
            if fresh { #expect(zip(loop, bits).allSatisfy { $1 || $0.bitPattern == 0 }) }
        }
    }
}
