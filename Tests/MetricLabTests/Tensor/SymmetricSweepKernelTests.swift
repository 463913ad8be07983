@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The small symmetric sweep of `symmetricPositiveDefiniteInverse` on AVX2 and AVX-512 against the
/// Swift loop it replaces: the same bits and the same verdict, on every tail of four and eight
/// columns, with zeros and −0 off the diagonal, and with NaN, ±∞ or a pivot that is not positive.
/// Where two NaNs meet in an addition the result's sign bit follows the order in which the compiler
/// put them (which differs between Swift's debug and release builds), so with NaN or ±∞ among the
/// entries a NaN matches any NaN and every other entry must match bit for bit.
@Suite struct SymmetricSweepKernelTests {
    /// BBᵀ + b·I (positive definite), every seventh entry pair set to `special` (mirrored).
    func matrix(_ b: Int, seed: UInt64, special: Double? = nil) -> [Double] {
        let x = randomTensor(b, b, seed: seed)
        var q = (x.matmul(x.transposed()) + Double(b) * identity(b)).scalars
        for i in 0 ..< b { for j in 0 ..< i where (i * b + j) % 7 == 3 {
            let value = special ?? ((i + j) % 2 == 0 ? 0 : -0.0)
            (q[i * b + j], q[j * b + i]) = (value, value)
        } }
        return q
    }

    func identity(_ b: Int) -> Tensor {
        Tensor(rows: b, cols: b, scalars: (0 ..< b * b).map { $0 % (b + 1) == 0 ? 1 : 0 })
    }

    /// The swept matrix and the verdict by `kernel`.
    func swept(_ q: [Double], _ b: Int, by kernel: GEMM.Kernel) -> (q: [Double], definite: Bool) {
        var q = q
        let definite = q.withUnsafeMutableBufferPointer { sweepSmall($0.baseAddress!, b, kernel: kernel) }
        return (q, definite)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 63, 64])
    func kernelsGiveTheLoopsBits(b: Int) {
        for (index, special) in ([nil, .nan, .infinity, -.infinity] as [Double?]).enumerated() {
            let q = matrix(b, seed: 900 + UInt64(b), special: special)
            let loop = swept(q, b, by: .portable)
            if special == nil {
                // −A⁻¹ indeed: A·(−sweep) is the identity.
                let product = Tensor(rows: b, cols: b, scalars: q).matmul(Tensor(rows: b, cols: b, scalars: loop.q.map { -$0 }))
                #expect(loop.definite && maxAbsDifference(product.scalars, identity(b).scalars) < 1e-9)
            }
            for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                let c = swept(q, b, by: kernel)
                #expect(c.definite == loop.definite, "verdict, \(kernel), b = \(b), case \(index)")
                #expect(differingBits(c.q, loop.q, anyNaN: special != nil) == 0, "\(kernel), b = \(b), case \(index)")
            }
        }
    }

    @Test(arguments: [0.0, -0.0, -1.0, .nan, .infinity])
    func aPivotThatIsNotPositiveStopsEveryKernel(pivot: Double) {
        var q = matrix(9, seed: 950)
        q[4 * 9 + 4] = pivot
        let loop = swept(q, 9, by: .portable)
        #expect(!loop.definite)
        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            let c = swept(q, 9, by: kernel)
            #expect(!c.definite && differingBits(c.q, loop.q) == 0, "\(kernel), pivot \(pivot)")
        }
    }
}
