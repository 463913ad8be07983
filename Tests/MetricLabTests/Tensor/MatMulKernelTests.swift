@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The product kernels on strided sub-matrices of awkward shapes (edges of the register tiles and of
/// the panels of 64 steps): the triple loop's values, and the two vector kernels the same bits.
@Suite struct MatMulKernelTests {
    /// C (m×n) += A·B with A m×k (or stored as its transpose) and B k×n, each inside a wider buffer.
    struct Product {
        let m: Int, k: Int, n: Int
        let rowStride: Int, colStride: Int, bStride: Int, cStride: Int
        let a: [Double], b: [Double], c: [Double]

        init(m: Int, k: Int, n: Int, transposedA: Bool) {
            (self.m, self.k, self.n) = (m, k, n)
            let lda = k + 5
            (rowStride, colStride) = transposedA ? (1, lda + m) : (lda, 1)
            (bStride, cStride) = (n + 2, n + 3)
            a = randomTensor(transposedA ? k : m, transposedA ? lda + m : lda, seed: 1).scalars
            b = randomTensor(k, bStride, seed: 2).scalars
            c = randomTensor(m, cStride, seed: 3).scalars
        }

        /// C after the product by the triple loop.
        var expected: [Double] {
            var c = self.c
            for i in 0 ..< m { for j in 0 ..< n { for p in 0 ..< k { c[i * cStride + j] += a[i * rowStride + p * colStride] * b[p * bStride + j] } } }
            return c
        }

        /// C after the product as the vector kernels define it: each entry's products added to it in
        /// the order of p, each multiply-add fused (one rounding).
        var fused: [Double] {
            var c = self.c
            for i in 0 ..< m { for j in 0 ..< n { for p in 0 ..< k {
                c[i * cStride + j] = c[i * cStride + j].addingProduct(a[i * rowStride + p * colStride], b[p * bStride + j])
            } } }
            return c
        }

        /// The product by `kernel` into `c`, its sums starting at `start`.
        func run(into c: inout [Double], start: GEMM.Start, kernel: GEMM.Kernel) {
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in c.withUnsafeMutableBufferPointer { c in
                GEMM.product(a.baseAddress!, rowStride: rowStride, colStride: colStride, b.baseAddress!, bStride: bStride,
                             into: c.baseAddress!, cStride: cStride, m: m, k: k, n: n, start: start, kernel: kernel)
            } } }
        }

        /// C after the product by `kernel`.
        func computed(by kernel: GEMM.Kernel) -> [Double] {
            var c = self.c
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in c.withUnsafeMutableBufferPointer { c in
                GEMM.product(a.baseAddress!, rowStride: rowStride, colStride: colStride, b.baseAddress!, bStride: bStride,
                             into: c.baseAddress!, cStride: cStride, m: m, k: k, n: n, kernel: kernel)
            } } }
            return c
        }
    }

    /// Shapes at the edges of the tiles and panels; (1, 300, 70) to (3, 65, 48) leave one to three
    /// rows for the AVX-512 row tiles (32 and 16 columns, then the rest), and (20, 70, 150) and
    /// (64, 64, 144) are wide enough for the copied blocks of 64 columns (and their narrower last);
    /// with the AVX2 kernel's six-row tiles and eight-column strips, the shapes leave every count
    /// of one to five rows after the tiles, columns after the strips (or none), and
    /// (12, 64, 16) to (29, 64, 200) have the two or more row tiles that copy a strip.
    @Test(arguments: [(1, 1, 1), (5, 70, 23), (37, 130, 50), (64, 64, 64), (9, 200, 17), (4, 3, 16), (7, 65, 33),
                      (1, 300, 70), (2, 1024, 64), (3, 65, 48), (20, 70, 150), (64, 64, 144),
                      (11, 70, 21), (12, 64, 16), (25, 130, 43), (29, 64, 200)])
    func kernelsAgree(m: Int, k: Int, n: Int) {
        for transposedA in [false, true] {
            let product = Product(m: m, k: k, n: n, transposedA: transposedA)
            let expected = product.expected
            #expect(maxAbsDifference(product.computed(by: .portable), expected) < 1e-12)
            guard GEMM.kernel != .portable else { continue }
            let avx2 = product.computed(by: .avx2), fused = product.fused
            let differing = avx2.indices.first { avx2[$0].bitPattern != fused[$0].bitPattern }
            #expect(differing == nil, "\(m)×\(k)×\(n), transposed A \(transposedA)")
            if GEMM.kernel == .avx512 { #expect(product.computed(by: .avx512) == avx2) }
        }
    }

    /// A dense layer's bias gradient is the column sums of the incoming gradient, each added row
    /// after row from zero: the same bits as that loop, at widths through every column path.
    @Test(arguments: [(37, 70), (5, 2), (130, 64), (3, 17)])
    func biasGradientIsTheColumnSumsInRowOrder(m: Int, n: Int) {
        let x = randomTensor(m, 3, seed: 7), w = randomTensor(3, n, seed: 8), b = randomTensor(1, n, seed: 9)
        var weights = randomTensor(m, n, seed: 10, scale: 4).scalars
        for k in weights.indices where k % 11 == 4 { weights[k] = k % 2 == 0 ? 0 : -0.0 }
        let c = Tensor(rows: m, cols: n, scalars: weights)
        let (_, gradients) = valueWithGradient(at: [b]) { (x.matmul(w, plus: $0[0]) * c).sum() }
        let sums = (0 ..< n).map { j in (0 ..< m).reduce(0.0) { $0 + weights[$1 * n + j] } }
        #expect(gradients[0].scalars.map(\.bitPattern) == sums.map(\.bitPattern))
    }

    /// A product whose sums start at zero or at a bias row, written over a buffer of NaNs (as an
    /// unset one may hold), gives the bits of setting C so first and adding, by every kernel; the
    /// entries between C's rows stay untouched.
    @Test(arguments: [(1, 300, 70), (5, 70, 23), (37, 130, 50), (20, 70, 150), (3, 65, 2), (7, 1, 9)])
    func startsGiveTheBitsOfSettingCFirst(m: Int, k: Int, n: Int) {
        let product = Product(m: m, k: k, n: n, transposedA: m % 2 == 1)
        let bias = randomTensor(1, n, seed: 4).scalars
        let inside = Set((0 ..< m).flatMap { i in (0 ..< n).map { i * product.cStride + $0 } })
        for kernel in [GEMM.Kernel.portable, .avx2, .avx512] where kernel == .portable || GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            for biased in [false, true] {
                var set = product.c, written = [Double](repeating: .nan, count: product.c.count)
                for i in inside { set[i] = biased ? bias[i % product.cStride] : 0 }
                bias.withUnsafeBufferPointer { row in
                    product.run(into: &set, start: .adding, kernel: kernel)
                    product.run(into: &written, start: biased ? .row(row.baseAddress!) : .zeros, kernel: kernel)
                }
                #expect(inside.allSatisfy { set[$0].bitPattern == written[$0].bitPattern }, "\(kernel), bias \(biased), \(m)×\(k)×\(n)")
                #expect(written.indices.allSatisfy { inside.contains($0) || written[$0].isNaN })
            }
        }
    }

    /// The transpose the product Bᵀ takes its rows from moves every entry as it is (NaN payloads
    /// and −0 included) on shapes around the 4×4 register blocks.
    @Test(arguments: [(1, 1), (3, 5), (4, 4), (5, 9), (64, 64), (64, 2), (2, 64), (37, 130)])
    func transposeMovesEveryBit(rows: Int, cols: Int) {
        var b = randomTensor(rows, cols, seed: 11).scalars
        for k in b.indices where k % 5 == 2 { b[k] = [-0.0, Double(nan: 7, signaling: false), -.infinity][k % 3] }
        var bt = [Double](repeating: 1, count: b.count)
        b.withUnsafeBufferPointer { b in bt.withUnsafeMutableBufferPointer { GEMM.transpose(b, rows: rows, cols: cols, into: $0) } }
        #expect((0 ..< rows).allSatisfy { i in (0 ..< cols).allSatisfy { j in bt[j * rows + i].bitPattern == b[i * cols + j].bitPattern } })
    }
}
