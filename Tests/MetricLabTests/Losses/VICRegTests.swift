import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// VICReg: invariance, variance and covariance terms of two views.
@Suite struct VICRegTests {
    let z = Tensor([[1.0, 0.2, -0.5], [-0.4, 2.2, 0.1], [0.3, -1.9, 0.4], [0.2, 0.1, -0.3]])
    let zPrime = Tensor([[0.8, 0.5, -0.2], [-0.1, 1.0, 0.3], [0.6, -0.4, 0.2], [0.1, 0.4, -0.6]])

    /// The three terms of eq. 1–6, written out: λ s, μ (v(Z) + v(Z′))/2, ν (c(Z) + c(Z′)).
    func terms(eps: Double = 1e-4) -> (invariance: [Double], variance: [[Double]], covariance: Double) {
        let (n, d) = (4, 3)
        let invariance = (0 ..< n).map { i in (0 ..< d).reduce(0.0) { $0 + pow(z[i, $1] - zPrime[i, $1], 2) } / Double(d) }
        func centred(_ v: Tensor) -> [[Double]] {
            let means = (0 ..< d).map { j in (0 ..< n).reduce(0.0) { $0 + v[$1, j] } / Double(n) }
            return (0 ..< n).map { i in (0 ..< d).map { v[i, $0] - means[$0] } }
        }
        func covariance(_ c: [[Double]], _ j: Int, _ k: Int) -> Double { (0 ..< n).reduce(0.0) { $0 + c[$1][j] * c[$1][k] } / Double(n - 1) }
        let variance = [z, zPrime].map { v in
            let c = centred(v)
            return (0 ..< d).map { j in max(0, 1 - sqrt(covariance(c, j, j) + eps)) / 2 }
        }
        var offDiagonal = 0.0
        for v in [z, zPrime] {
            let c = centred(v)
            for j in 0 ..< d { for k in 0 ..< d where k != j { offDiagonal += pow(covariance(c, j, k), 2) / Double(d) } }
        }
        return (invariance, variance, offDiagonal)
    }

    @Test func valueByHand() throws {
        let t = terms()
        let mean = 25 * t.invariance.reduce(0, +) / 4 + 25 * (t.variance[0].reduce(0, +) + t.variance[1].reduce(0, +)) / 3 + t.covariance
        #expect(try abs(VICReg()(LossBatch(views: z, zPrime)).scalar - mean) < 1e-12)
        #expect(t.variance.joined().contains { $0 > 0 } && t.variance.joined().contains { $0 == 0 }, "some hinges active, some not")
        // Each group is reduced on its own: summed, the variance terms count each dimension once.
        let summed = 2 * t.invariance.reduce(0, +) + 3 * t.variance.joined().reduce(0, +) + 0.5 * t.covariance
        let l = VICReg(invarianceWeight: 2, varianceWeight: 3, covarianceWeight: 0.5, reducer: .sum)
        #expect(try abs(l(LossBatch(views: z, zPrime)).scalar - summed) < 1e-12)
    }

    /// Views stacked with one label per instance are the same two views.
    @Test func stackedViewsAreTheSameLoss() throws {
        let stacked = try VICReg()(.stacking([z, zPrime]), labels: [0, 1, 2, 3, 0, 1, 2, 3]).scalar
        #expect(try abs(stacked - VICReg()(LossBatch(views: z, zPrime)).scalar) < 1e-14)
    }

    @Test func gradient() throws {
        for l in [VICReg(), VICReg(invarianceWeight: 3, varianceWeight: 7, covarianceWeight: 2, epsilon: 0.01, reducer: .meanOfPositive)] {
            #expect(try gradientError(at: [z, zPrime]) { try l(LossBatch(views: $0[0], $0[1])) } < 1e-6)
        }
    }

    @Test func degenerateBatchesAreFiniteOrRefused() throws {
        expectRefused("needs two examples at least") { try VICReg()(LossBatch(views: z.block(rows: 0 ..< 1, cols: 0 ..< 3), zPrime.block(rows: 0 ..< 1, cols: 0 ..< 3))) }
        // Equal views, one dimension, constant embeddings.
        for (a, b) in [(z, z), (z.block(rows: 0 ..< 4, cols: 0 ..< 1), zPrime.block(rows: 0 ..< 4, cols: 0 ..< 1)),
                       (Tensor(repeating: 0.5, rows: 3, cols: 2), Tensor(repeating: -1, rows: 3, cols: 2))] {
            let (value, grads) = try valueWithGradient(at: [a, b]) { try VICReg()(LossBatch(views: $0[0], $0[1])) }
            #expect(value.isFinite && grads.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        }
    }

    @Test func badConfigurationsAreRefused() {
        expectRefused("belong to no class") { try VICReg(reducer: .perAnchor(.classWeighted([1, 2]))) (LossBatch(views: z, zPrime)) }
        expectRefused("belong to no class") { try VICReg(reducer: .bySubLoss([.invariance: .classWeighted([1, 2])])) (LossBatch(views: z, zPrime)) }
        expectRefused("as many rows") {
            try VICReg()(LossBatch(z, labels: [0, 1, 2, 3], references: zPrime.block(rows: 0 ..< 3, cols: 0 ..< 3), referenceLabels: [0, 1, 2]))
        }
        expectRefused("no example has two views") { try VICReg()(z, labels: [0, 1, 2, 3]) }
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [1], others: [2]), negative: PairIndices(anchors: [0], others: [1]))
        var batch = LossBatch(views: z, zPrime)
        batch.tuples = tuples
        expectRefused("indices_tuple") { try VICReg()(batch) }
    }
}
