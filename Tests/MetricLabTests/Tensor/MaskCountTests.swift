@testable import MetricLab
import MetricLabTestSupport
import Testing

/// A mask's set entries counted 64 or 32 bytes at a time against the byte loop and the rule, over
/// whole masks and single rows, on lengths around the vector widths and starts off their bounds.
@Suite struct MaskCountTests {
    @Test(arguments: [0, 1, 31, 32, 33, 63, 64, 65, 130, 1000])
    func vectorCountsMatchTheLoop(n: Int) {
        let mask = Mask(rows: 3, cols: n) { i, j in (i * 131 + j * j * 7919) % 5 < 2 }
        let rule = (0 ..< 3).map { i in (0 ..< n).filter { mask[i, $0] }.count }
        for kernel in [GEMM.Kernel.portable, .avx2, .avx512] where kernel == .portable || GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            #expect(mask.setBits(in: 0 ..< 3 * n, kernel: kernel) == rule.reduce(0, +), "\(kernel), whole, n \(n)")
            for i in 0 ..< 3 {
                #expect(mask.setBits(in: i * n ..< (i + 1) * n, kernel: kernel) == rule[i], "\(kernel), row \(i), n \(n)")
            }
        }
        #expect(mask.rowCounts == rule && mask.count == rule.reduce(0, +))
    }
}
