import CKernels
import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Adam's vector kernels against its Swift loop: the same bits in the parameters and both moments
/// over three steps, on lengths around the vector widths, with gradients of 0, −0, NaN, ±∞, one
/// whose square overflows and subnormal ones, and per-array learning rates.
@Suite struct AdamKernelTests {
    /// Parameters and moments after three steps by `kernel`.
    func stepped(count: Int, by kernel: GEMM.Kernel) -> [[Double]] {
        var p = randomTensor(1, count, seed: 41, scale: 2).scalars
        var m = [Double](repeating: 0, count: count), v = m
        let specials: [Double] = [0, -0.0, .nan, .infinity, -.infinity, 1e300, 4e-320, -1e-310]
        for step in 1 ... 3 {
            var g = randomTensor(1, count, seed: 41 + UInt64(step), scale: 3).scalars
            for k in g.indices where k % 5 == step { g[k] = specials[(k + step) % specials.count] }
            let constants = metriclab_adam_constants(beta1: 0.9, beta2: 0.999, one_minus_beta1: 1 - 0.9, one_minus_beta2: 1 - 0.999,
                                                     correction1: 1 - pow(0.9, Double(step)),
                                                     correction2: 1 - pow(0.999, Double(step)),
                                                     learning_rate: 0.01 * Double(step), epsilon: 1e-8)
            p.withUnsafeMutableBufferPointer { p in g.withUnsafeBufferPointer { g in
                m.withUnsafeMutableBufferPointer { m in v.withUnsafeMutableBufferPointer { v in
                    Adam.update(p, g, m, v, constants, kernel: kernel)
                } }
            } }
        }
        return [p, m, v]
    }

    @Test(arguments: [1, 3, 4, 7, 8, 9, 15, 17, 64, 130, 4099])
    func kernelsGiveTheLoopsBits(count: Int) {
        let loop = stepped(count: count, by: .portable)
        #expect(loop[0].contains { $0.isNaN } == (count > 1) && loop[0].contains { $0.isFinite })
        for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
            let vector = stepped(count: count, by: kernel)
            for (name, (a, b)) in zip(["p", "m", "v"], zip(vector, loop)) {
                #expect(zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(name), \(kernel), \(count) entries")
            }
        }
    }
}
