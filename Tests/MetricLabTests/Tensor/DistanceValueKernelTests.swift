@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The wide distances' last pass (‖a‖² + ‖b‖² − 2a·b, clamped and rooted) four entries at a time
/// against the scalar loop: the same bits, NaN kept, tiny negatives clamped, on widths that leave
/// a tail and at sizes split over cores.
@Suite struct DistanceValueKernelTests {
    @Test(arguments: [(1, 1), (3, 7), (17, 33), (130, 257)])
    func vectorPassGivesTheLoopsBits(n: Int, m: Int) {
        let na = randomTensor(n, 1, seed: 311).scalars.map { $0 * $0 }, nb = randomTensor(m, 1, seed: 312).scalars.map { $0 * $0 }
        var products = randomTensor(n, m, seed: 313).scalars
        // A product equal to the mean of the norms (a duplicate: ±0 or a rounding negative), and a NaN.
        for k in products.indices where k % 5 == 0 { products[k] = (na[k / m] + nb[k % m]) / 2 }
        if products.count > 2 { products[2] = .nan }
        guard GEMM.kernel != .portable else { return }
        for rooted in [false, true] {
            var loop = products, vector = products
            Tensor.squaredDistancesFromProducts(&loop, na, nb, rooted: rooted, kernel: .portable)
            Tensor.squaredDistancesFromProducts(&vector, na, nb, rooted: rooted, kernel: .avx2)
            #expect(zip(loop, vector).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(n)×\(m), rooted \(rooted)")
            #expect(loop.allSatisfy { $0.isNaN || $0 >= 0 })
            if products.count > 2 { #expect(loop[2].isNaN && vector[2].isNaN) }
        }
    }
}
