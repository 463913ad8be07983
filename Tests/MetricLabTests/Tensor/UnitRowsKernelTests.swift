@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Rows scaled to unit length and their squared norms, by the C passes (eight rows side by side,
/// divisions a register wide) against the Swift loops: the same bits in values and gradients, on
/// shapes that leave every tail of eight rows and of the vector width, with a zero row (its norm
/// floored), −0, ±∞ and NaN in the rows and in the incoming gradient.
@Suite struct UnitRowsKernelTests {
    @Test(arguments: [(1, 1), (3, 5), (8, 9), (9, 13), (17, 32), (300, 33)])
    func vectorPassesGiveTheLoopsBits(n: Int, d: Int) throws {
        try #require(GEMM.hasAVX2, "the kernels run on AVX2 or AVX-512")
        var x = randomTensor(n, d, seed: 51, scale: 3).scalars
        for t in x.indices {
            if t / d == 1 { x[t] = 0 }  // a zero row: its norm is the floor
            if t % 13 == 4 { x[t] = -0.0 }
            if t % 29 == 7 { x[t] = [.nan, .infinity, -.infinity][(t / 29) % 3] }
        }
        var w = randomTensor(n, d, seed: 52).scalars
        for t in w.indices where t % 17 == 3 { w[t] = [.nan, -0.0, .infinity][(t / 17) % 3] }
        let (input, weights) = (Tensor(rows: n, cols: d, scalars: x), Tensor(rows: n, cols: d, scalars: w))
        func run(_ kernel: GEMM.Kernel) -> (norms: [Double], y: [Double], gx: [Double]) {
            var y: [Double] = []
            let (_, gradients) = valueWithGradient(at: [input]) {
                let unit = $0[0].l2NormalizedRows(epsilon: 1e-12, kernel: kernel)
                y = unit.scalars
                return (unit * weights).sum()
            }
            return (input.rowSquaredNorms(kernel: kernel), y, gradients[0].scalars)
        }
        func differing(_ a: [Double], _ b: [Double]) -> Int {
            zip(a, b).filter { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }.count
        }
        let loops = run(.portable)
        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            let vector = run(kernel)
            #expect(differing(vector.norms, loops.norms) == 0, "norms, \(kernel), \(n)×\(d)")
            #expect(differing(vector.y, loops.y) == 0, "values, \(kernel), \(n)×\(d)")
            #expect(differing(vector.gx, loops.gx) == 0, "gradient, \(kernel), \(n)×\(d)")
        }
        #expect(loops.y.count == n * d && loops.gx.count == n * d)
    }
}
