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

    @Test(arguments: [(1, 1, 1), (5, 70, 23), (37, 130, 50), (64, 64, 64), (9, 200, 17), (4, 3, 16), (7, 65, 33)])
    func kernelsAgree(m: Int, k: Int, n: Int) {
        for transposedA in [false, true] {
            let product = Product(m: m, k: k, n: n, transposedA: transposedA)
            let expected = product.expected
            #expect(maxAbsDifference(product.computed(by: .portable), expected) < 1e-12)
            guard GEMM.kernel != .portable else { continue }
            let avx2 = product.computed(by: .avx2)
            #expect(maxAbsDifference(avx2, expected) < 1e-12)
            if GEMM.kernel == .avx512 { #expect(product.computed(by: .avx512) == avx2) }
        }
    }
}
