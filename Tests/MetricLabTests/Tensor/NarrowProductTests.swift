@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The narrow products (C += A·B with one to seven columns, the backward of m×m similarities into
/// points) on AVX2 and AVX-512 against their loops of dots and axpys: the same bits, on shapes that
/// leave every edge of the tiles, with ±0, NaN and ±∞ in A (NaN for NaN), chunked over cores at the larger sizes.
@Suite struct NarrowProductTests {
    /// A (m×k, row-major), its transpose's storage, B (k×n) and a starting C.
    struct Case {
        let m: Int, k: Int, n: Int
        let a: [Double], aT: [Double], b: [Double], c: [Double]

        init(m: Int, k: Int, n: Int, specials: Bool) {
            (self.m, self.k, self.n) = (m, k, n)
            var a = randomTensor(m, k, seed: 361, scale: 2).scalars
            for t in a.indices where t % 7 == 2 { a[t] = t % 2 == 0 ? 0 : -0.0 }
            if specials { for t in a.indices where t % 31 == 5 { a[t] = [.nan, .infinity, -.infinity][(t / 31) % 3] } }
            self.a = a
            aT = (0 ..< k * m).map { a[($0 % m) * k + $0 / m] }
            b = randomTensor(k, n, seed: 362, scale: 3).scalars
            c = randomTensor(m, n, seed: 363).scalars
        }

        /// C after the product by dots (A's rows contiguous) or by axpys (A stored as its transpose).
        func product(byDots: Bool, _ kernel: GEMM.Kernel) -> [Double] {
            var c = self.c
            (byDots ? a : aT).withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in c.withUnsafeMutableBufferPointer { c in
                if byDots {
                    GEMM.narrowByDots(a.baseAddress!, rowStride: k, b.baseAddress!, c.baseAddress!, m: m, k: k, n: n, kernel: kernel)
                } else {
                    GEMM.narrowByAxpys(a.baseAddress!, colStride: m, b.baseAddress!, c.baseAddress!, m: m, k: k, n: n, kernel: kernel)
                }
            } } }
            return c
        }
    }

    /// The axpys' register-resident passes run sixteen columns of C's transpose (m) for one or two
    /// columns of C (n), eight for three or four: m from 16 to 128 takes whole passes and every tail;
    /// from 1024 on the chunks are groups of 256 columns, the last one short here.
    @Test(arguments: [(1, 64, 1, false), (3, 65, 2, true), (5, 71, 3, false), (6, 64, 4, true), (9, 100, 5, false),
                      (13, 129, 7, true), (130, 257, 2, false), (300, 300, 2, true), (47, 70, 1, true), (61, 64, 2, false),
                      (128, 66, 2, true), (16, 64, 2, false), (40, 64, 3, false), (36, 64, 4, true),
                      (1030, 64, 2, false)])
    func vectorKernelsGiveTheLoopsBits(m: Int, k: Int, n: Int, specials: Bool) {
        let c = Case(m: m, k: k, n: n, specials: specials)
        for byDots in [true, false] {
            let loops = c.product(byDots: byDots, .portable)
            if !specials {
                var direct = c.c
                for i in 0 ..< m { for q in 0 ..< n { for p in 0 ..< k { direct[i * n + q] += c.a[i * k + p] * c.b[p * n + q] } } }
                #expect(maxAbsDifference(loops, direct) < 1e-9)
            }
            for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                let vector = c.product(byDots: byDots, kernel)
                // Where two NaNs meet, x86 keeps the first operand's, and the compiler may swap the
                // operands of the loops' adds: a NaN's sign is not the loops' to keep, its being NaN is.
                let differing = zip(loops, vector).filter { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }
                #expect(differing.isEmpty, "\(byDots ? "dots" : "axpys"), \(kernel), \(m)×\(k)×\(n): \(differing.prefix(3).map { (String($0.bitPattern, radix: 16), String($1.bitPattern, radix: 16)) })")
            }
        }
    }
}
