@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The backward pass of the wide distances on AVX2 and AVX-512 (tiled dot products and a product of
/// unfused multiply-adds) against the loops of dots and axpys it replaces: the same bits, on
/// shapes that leave every edge of the tiles, with zeros and negative zeros in the gradient as the
/// masked losses send them, and chunked over cores at the larger sizes.
@Suite struct DistanceGradientKernelTests {
    /// g (n×m), x (n×d), y (m×d) and a starting gradient for each side.
    struct Case {
        let n: Int, m: Int, d: Int
        let g: [Double], x: [Double], y: [Double], gx: [Double], gy: [Double]

        init(n: Int, m: Int, d: Int) {
            (self.n, self.m, self.d) = (n, m, d)
            var g = randomTensor(n, m, seed: 301, scale: 2).scalars
            for k in g.indices where k % 7 == 3 { g[k] = k % 2 == 0 ? 0 : -0.0 }
            self.g = g
            x = randomTensor(n, d, seed: 302, scale: 3).scalars
            y = randomTensor(m, d, seed: 303, scale: 3).scalars
            gx = randomTensor(n, d, seed: 304).scalars
            gy = randomTensor(m, d, seed: 305).scalars
        }

        init(n: Int, m: Int, d: Int, g: [Double], x: [Double], y: [Double], gx: [Double], gy: [Double]) {
            (self.n, self.m, self.d, self.g, self.x, self.y, self.gx, self.gy) = (n, m, d, g, x, y, gx, gy)
        }

        /// Both sides' gradients after the backward pass by `kernel`.
        func gradients(by kernel: GEMM.Kernel) -> (gx: [Double], gy: [Double]) {
            var (gx, gy) = (self.gx, self.gy)
            g.withUnsafeBufferPointer { g in x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in
                gx.withUnsafeMutableBufferPointer { gx in
                    Tensor.addRowSideGradient(g, x, y, into: gx, n: n, m: m, d: d, kernel: kernel)
                }
                gy.withUnsafeMutableBufferPointer { gy in
                    Tensor.addColumnSideGradient(g, x, y, into: gy, n: n, m: m, d: d, kernel: kernel)
                }
            } } }
            return (gx, gy)
        }

        /// 2 Σⱼ gᵢⱼ (xᵢ − yⱼ) and 2 Σᵢ gᵢⱼ (yⱼ − xᵢ) summed directly.
        var direct: (gx: [Double], gy: [Double]) {
            var (gx, gy) = (self.gx, self.gy)
            for i in 0 ..< n { for j in 0 ..< m { for p in 0 ..< d {
                let t = 2 * g[i * m + j] * (x[i * d + p] - y[j * d + p])
                gx[i * d + p] += t
                gy[j * d + p] -= t
            } } }
            return (gx, gy)
        }
    }

    @Test(arguments: [(1, 1, 9), (5, 7, 9), (13, 37, 33), (37, 70, 17), (64, 130, 32), (130, 257, 33), (96, 96, 64)])
    func tiledKernelsGiveTheLoopsBits(n: Int, m: Int, d: Int) {
        let c = Case(n: n, m: m, d: d)
        let loops = c.gradients(by: .portable), direct = c.direct
        #expect(maxAbsDifference(loops.gx, direct.gx) < 1e-9 && maxAbsDifference(loops.gy, direct.gy) < 1e-9)
        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            let tiled = c.gradients(by: kernel)
            #expect(differingBits(tiled.gx, loops.gx) == 0, "row side, \(kernel), \(n)×\(m)×\(d)")
            #expect(differingBits(tiled.gy, loops.gy) == 0, "column side, \(kernel), \(n)×\(m)×\(d)")
        }
    }

    /// Narrow rows (d ≤ 8) take the streamed column sums: every tail of four rows and of eight
    /// (for d = 1, sixteen) columns, with NaN and ±∞ in g and in the points, against the loops of
    /// axpys; from 1024 columns on, chunks of 256 columns.
    @Test(arguments: [(1, 1, 1), (3, 5, 2), (5, 7, 3), (6, 9, 4), (7, 19, 5), (9, 33, 7), (37, 70, 8), (130, 257, 2), (300, 300, 3),
                      (20, 100, 1), (40, 1030, 2)])
    func streamedColumnSumsGiveTheLoopsBits(n: Int, m: Int, d: Int) {
        var c = Case(n: n, m: m, d: d)
        var (g, x) = (c.g, c.x)
        for k in g.indices where k % 11 == 5 { g[k] = [.nan, .infinity, -.infinity][(k / 11) % 3] }
        if x.count > 3 { x[3] = .infinity }
        c = Case(n: n, m: m, d: d, g: g, x: x, y: c.y, gx: c.gx, gy: c.gy)
        let loops = c.gradients(by: .portable)
        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            #expect(differingBits(c.gradients(by: kernel).gy, loops.gy, anyNaN: true) == 0, "column side, \(kernel), \(n)×\(m)×\(d)")
        }
    }

    /// The distances' pullback, which writes g/2d a block of rows at a time just before the row
    /// side reads it, against the unfused passes (all of g/2d, then each side): the same bits.
    @Test(arguments: [(5, 7, 2), (40, 37, 3), (300, 260, 2), (33, 17, 33)])
    func fusedPullbackGivesTheUnfusedPassesBits(n: Int, m: Int, d: Int) {
        let c = Case(n: n, m: m, d: d)
        let (x, y) = (Tensor(rows: n, cols: d, scalars: c.x), Tensor(rows: m, cols: d, scalars: c.y))
        let weights = Tensor(rows: n, cols: m, scalars: c.g)
        let (_, tape) = valueWithGradient(at: [x, y]) { v in (v[0].pairwiseDistances(v[1]) * weights).sum() }
        let distances = x.pairwiseDistances(y).scalars
        var (gx, gy) = ([Double](repeating: 0, count: n * d), [Double](repeating: 0, count: m * d))
        c.g.withUnsafeBufferPointer { g in distances.withUnsafeBufferPointer { r in c.x.withUnsafeBufferPointer { xs in
            c.y.withUnsafeBufferPointer { ys in
                let w = [Double](unsafeUninitializedCapacity: n * m) { w, initialized in
                    Tensor.writeHalfOverDistance(g, r, into: w, entries: 0 ..< n * m)
                    initialized = n * m
                }
                w.withUnsafeBufferPointer { w in
                    gx.withUnsafeMutableBufferPointer { Tensor.addRowSideGradient(w, xs, ys, into: $0, n: n, m: m, d: d) }
                    gy.withUnsafeMutableBufferPointer { Tensor.addColumnSideGradient(w, xs, ys, into: $0, n: n, m: m, d: d) }
                }
            }
        } } }
        #expect(differingBits(tape[0].scalars, gx) == 0 && differingBits(tape[1].scalars, gy) == 0, "\(n)×\(m)×\(d)")
    }
}
