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

    /// Narrow rows (d ≤ 8) in one pass per entry against the coordinate-by-coordinate loops:
    /// duplicates (exact 0), −0, NaN and ±∞ coordinates, widths that leave a tail of four or eight.
    @Test(arguments: [(1, 1, 1), (3, 7, 2), (5, 9, 3), (17, 33, 8), (130, 257, 2), (64, 300, 5)])
    func narrowPassGivesTheLoopsBits(n: Int, m: Int, d: Int) {
        var x = randomTensor(n, d, seed: 331, scale: 3).scalars, y = randomTensor(m, d, seed: 332, scale: 3).scalars
        if x.count > 1 { x[1] = -0.0 }
        for p in 0 ..< d where m > 1 { y[d + p] = x[p] }
        if y.count > 2 * d { y[2 * d] = .nan }
        if y.count > 3 * d { y[3 * d] = .infinity }
        if x.count > 2 * d { x[2 * d] = -.infinity }
        for rooted in [false, true] {
            let loops = Tensor.narrowSquaredDistances(x, y, n: n, m: m, d: d, rooted: rooted, kernel: .portable)
            for kernel in [GEMM.Kernel.avx2, .avx512] where GEMM.kernel == .avx512 || GEMM.kernel == kernel {
                let vector = Tensor.narrowSquaredDistances(x, y, n: n, m: m, d: d, rooted: rooted, kernel: kernel)
                #expect(zip(loops, vector).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(kernel), \(n)×\(m)×\(d), rooted \(rooted)")
            }
            if m > 1 { #expect(loops[1] == 0) }
        }
    }

    /// The root's slope applied to a gradient: zeros, negatives and NaN distances give 0, as in the loop.
    @Test(arguments: [(1, 1), (3, 7), (5, 13), (130, 257)])
    func halfOverDistanceGivesTheLoopsBits(n: Int, m: Int) {
        var distances = randomTensor(n, m, seed: 321).scalars.map { abs($0) }
        for k in distances.indices where k % 6 == 0 { distances[k] = [0, -0.0, .nan, 1e-300, -1, 3][(k / 6) % 6] }
        let g = randomTensor(n, m, seed: 322).scalars
        guard GEMM.kernel != .portable else { return }
        let (loop, vector) = g.withUnsafeBufferPointer { g in distances.withUnsafeBufferPointer { r in
            let write = { (kernel: GEMM.Kernel) in
                [Double](unsafeUninitializedCapacity: n * m) { w, initialized in
                    Tensor.writeHalfOverDistance(g, r, into: w, entries: 0 ..< n * m, kernel: kernel)
                    initialized = n * m
                }
            }
            return (write(.portable), [write(.avx2)] + (GEMM.kernel == .avx512 ? [write(.avx512)] : []))
        } }
        for vector in vector { #expect(zip(loop, vector).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(n)×\(m)") }
        #expect(zip(loop, distances).allSatisfy { $1 > 0 || $0.bitPattern == 0 })
    }
}
