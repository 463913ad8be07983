import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The manifold loss: margins on random-walk similarities between examples and proxies.
@Suite struct ManifoldTests {
    let x = randomTensor(6, 3, seed: 71)
    let proxies = randomTensor(3, 3, seed: 72)
    let metaClasses = [2, 0, 1, 1, 0, 2]

    func loss(_ l: Manifold, _ x: Tensor, _ p: Tensor, generator: RNG = RNG(seed: 0)) throws -> Tensor {
        try l(LossBatch(x, labels: Array(0 ..< x.rows), generator: generator), parameters: LossParameters(.proxies, p))
    }

    /// One example and two proxies, a graph of three nodes, its 3×3 inverse by the adjugate.
    @Test func valueByHand() throws {
        let nodes = [[1.0, 0.3], [0, 1], [1, -0.2]]  // x, p₀, p₁; x belongs to p₀
        let (alpha, m, lambda) = (0.5, 0.01, 0.7)
        func cosine(_ a: [Double], _ b: [Double]) -> Double {
            zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / (sqrt(a.reduce(0) { $0 + $1 * $1 }) * sqrt(b.reduce(0) { $0 + $1 * $1 }))
        }
        let s = (0 ..< 3).map { a in (0 ..< 3).map { b in a == b ? 0 : exp(2 * max(0, cosine(nodes[a], nodes[b]))) } }
        let d = s.map { $0.reduce(0, +) }
        let a = (0 ..< 3).map { i in (0 ..< 3).map { j in (i == j ? 1 : 0) - alpha * s[i][j] / sqrt(d[i] * d[j]) } }
        func minor(_ i: Int, _ j: Int) -> Double {
            let r = (0 ..< 3).filter { $0 != i }, c = (0 ..< 3).filter { $0 != j }
            return a[r[0]][c[0]] * a[r[1]][c[1]] - a[r[0]][c[1]] * a[r[1]][c[0]]
        }
        let det = (0 ..< 3).reduce(0.0) { $0 + a[0][$1] * (($1 % 2 == 0) ? 1 : -1) * minor(0, $1) }
        let f = (0 ..< 3).map { i in (0 ..< 3).map { j in (1 - alpha) * (((i + j) % 2 == 0) ? 1 : -1) * minor(j, i) / det } }
        let intrinsic = f[0][2] - f[0][1] + m
        let context = cosine(f[0], f[2]) - cosine(f[0], f[1]) + m
        #expect(intrinsic > 0 && context > 0, "both terms are violated, so both enter")
        let expected = log(1 + exp(intrinsic)) + lambda * log(1 + exp(context))
        let l = Manifold(proxyCount: 2, lambdaC: lambda, alpha: alpha, margin: m, metaClasses: [0])
        #expect(try abs(loss(l, Tensor([nodes[0]]), Tensor([nodes[1], nodes[2]])).scalar - expected) < 1e-12)
    }

    /// With α = 0 the walk stays put: F = I, every δ is m, and L = (1 + λ) log(1 + (K − 1)eᵐ).
    @Test func noWalkLeavesOnlyTheMargin() throws {
        let l = Manifold(proxyCount: 3, lambdaC: 2, alpha: 0, margin: 0.1, metaClasses: metaClasses)
        #expect(try abs(loss(l, x, proxies).scalar - 3 * log(1 + 2 * exp(0.1))) < 1e-12)
    }

    @Test func gradient() throws {
        for l in [Manifold(proxyCount: 3, metaClasses: metaClasses),
                  Manifold(proxyCount: 3, lambdaC: 0.5, alpha: 0.6, margin: 0.02, distance: DotProduct(), metaClasses: metaClasses),
                  Manifold(proxyCount: 3, lambdaC: .infinity, alpha: 0.9, metaClasses: metaClasses)] {
            #expect(try gradientError(at: [x, proxies]) { try loss(l, $0[0], $0[1]) } < 1e-6)
        }
    }

    /// λ_C = ∞ is the context term alone: L(1) − L(0).
    @Test func infiniteLambdaIsTheContextTerm() throws {
        func value(_ lambda: Double) throws -> Double {
            try loss(Manifold(proxyCount: 3, lambdaC: lambda, metaClasses: metaClasses), x, proxies).scalar
        }
        #expect(try abs(value(.infinity) - (value(1) - value(0))) < 1e-12)
    }

    /// Drawn meta-classes give every proxy an example: with n = K they are a permutation, the same
    /// for the same generator.
    @Test func drawnMetaClassesGiveEveryProxyAnExample() throws {
        let x = self.x.block(rows: 0 ..< 3, cols: 0 ..< 3)
        let permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        let values = try permutations.map { try loss(Manifold(proxyCount: 3, metaClasses: $0), x, proxies).scalar }
        for seed in 0 ..< 5 as Range<UInt64> {
            let drawn = try loss(Manifold(proxyCount: 3), x, proxies, generator: RNG(seed: seed)).scalar
            #expect(values.contains { abs($0 - drawn) < 1e-15 })
            #expect(try loss(Manifold(proxyCount: 3), x, proxies, generator: RNG(seed: seed)).scalar == drawn)
        }
    }

    @Test func degenerateBatchesAreFinite() throws {
        #expect(try loss(Manifold(proxyCount: 1), Tensor([[0.3, -2.0]]), Tensor([[1, 1]])).scalar == 0)
        for (l, x) in [(Manifold(proxyCount: 3, metaClasses: [1, 1, 1, 1, 1, 1]), x), (Manifold(proxyCount: 3, metaClasses: [2]), self.x.block(rows: 0 ..< 1, cols: 0 ..< 3))] {
            let (value, grads) = try valueWithGradient(at: [x, proxies]) { try loss(l, $0[0], $0[1]) }
            #expect(value.isFinite && grads.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        }
    }

    @Test func badConfigurationsAreRefused() {
        expectRefused("α must lie in [0, 1)") { try loss(Manifold(proxyCount: 3, alpha: 1, metaClasses: metaClasses), x, proxies) }
        expectRefused("λ_C must not be negative") { try loss(Manifold(proxyCount: 3, lambdaC: -1, metaClasses: metaClasses), x, proxies) }
        expectRefused("proxies are 3×3, expected 4×3") { try loss(Manifold(proxyCount: 4, metaClasses: metaClasses), x, proxies) }
        expectRefused("5 meta-classes for 6 embeddings") { try loss(Manifold(proxyCount: 3, metaClasses: [0, 1, 2, 0, 1]), x, proxies) }
        expectRefused("meta-class 3 has no proxy") { try loss(Manifold(proxyCount: 3, metaClasses: [0, 1, 2, 3, 1, 0]), x, proxies) }
        expectRefused("needs 3 examples, not 2") { try loss(Manifold(proxyCount: 3), x.block(rows: 0 ..< 2, cols: 0 ..< 3), proxies) }
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [1], others: [2]), negative: PairIndices(anchors: [0], others: [1]))
        expectRefused("metaClasses") {
            try Manifold(proxyCount: 3, metaClasses: metaClasses)(LossBatch(x, labels: Array(0 ..< 6), tuples: tuples), parameters: LossParameters(.proxies, proxies))
        }
    }

    @Test func madeProxiesAreKRows() throws {
        var rng = RNG(seed: 1)
        let p = Manifold(proxyCount: 7).makeParameters(embeddingSize: 4, classes: 2, using: &rng)[.proxies]!
        #expect(p.rows == 7 && p.cols == 4)
        #expect(try Manifold(proxyCount: 7).weightRows(in: LossParameters(.proxies, p))?.rows == 7)
        #expect(Manifold.paper.proxyCount == 50 && Manifold.paper.alpha == 0.8 && Manifold.paper.lambdaC == 1 && Manifold.paper.margin == 5e-4)
    }
}
