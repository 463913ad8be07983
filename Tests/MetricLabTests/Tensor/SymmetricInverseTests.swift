import MetricLab
import MetricLabTestSupport
import Testing

/// `symmetricPositiveDefiniteInverse`: values against plain loops and the general inverse at sizes
/// below, at and across its blocks of 64 pivots, gradients against central differences and the
/// closed form.
@Suite struct SymmetricInverseTests {
    /// BBᵀ/n + I/2: symmetric positive definite, with eigenvalues from 1/2 to a few.
    func definite(_ n: Int, seed: UInt64) -> Tensor {
        let b = randomTensor(n, n, seed: seed)
        let gram = b.matmul(b.transposed()).scalars
        return Tensor(rows: n, cols: n, scalars: (0 ..< n * n).map { t in gram[t] / Double(n) + (t / n == t % n ? 0.5 : 0) })
    }

    /// |A·X − I| and |X·A − I| by the triple loop, at their worst entry.
    func identityError(_ a: Tensor, _ x: Tensor) -> Double {
        let n = a.rows
        var worst = 0.0
        for i in 0 ..< n {
            for j in 0 ..< n {
                let ax = (0 ..< n).reduce(0) { $0 + a[i, $1] * x[$1, j] }, xa = (0 ..< n).reduce(0) { $0 + x[i, $1] * a[$1, j] }
                let one: Double = i == j ? 1 : 0
                worst = max(worst, abs(ax - one), abs(xa - one))
            }
        }
        return worst
    }

    @Test(arguments: [1, 2, 7, 63, 64, 65, 130, 300])
    func inverseTimesMatrixIsTheIdentity(n: Int) throws {
        let a = definite(n, seed: UInt64(n))
        let x = try #require(a.symmetricPositiveDefiniteInverse())
        #expect(identityError(a, x) < 1e-12)
        #expect(maxAbsDifference(x.scalars, try #require(a.inverse()).scalars) < 1e-12)
        #expect(x.scalars == x.transposed().scalars)
    }

    @Test func smallInversesByHand() throws {
        // [[2, 1], [1, 2]]⁻¹ = [[2, −1], [−1, 2]] / 3.
        let x = try #require(Tensor([[2, 1], [1, 2]]).symmetricPositiveDefiniteInverse())
        #expect(maxAbsDifference(x.scalars, [2.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3]) < 1e-15)
        #expect(try #require(Tensor([[4]]).symmetricPositiveDefiniteInverse()).scalar == 0.25)
        #expect(try #require(Tensor(rows: 0, cols: 0, scalars: []).symmetricPositiveDefiniteInverse()).count == 0)
    }

    /// A non-symmetric matrix is read as its symmetric part (A + Aᵀ)/2.
    @Test func readsTheSymmetricPart() throws {
        let a = definite(70, seed: 5), skew = randomTensor(70, 70, seed: 6, scale: 0.1)
        let x = try #require((a + skew - skew.transposed()).symmetricPositiveDefiniteInverse())
        #expect(maxAbsDifference(x.scalars, try #require(a.symmetricPositiveDefiniteInverse()).scalars) < 1e-13)
    }

    /// Indefinite, semidefinite, and a matrix whose only negative pivot comes in its second block.
    @Test func notPositiveDefiniteHasNone() {
        #expect(Tensor([[1, 2], [2, 1]]).symmetricPositiveDefiniteInverse() == nil)
        #expect(Tensor([[0, 0], [0, 1]]).symmetricPositiveDefiniteInverse() == nil)
        #expect(Tensor([[-1]]).symmetricPositiveDefiniteInverse() == nil)
        let a = definite(100, seed: 7)
        let shifted = a - Tensor(rows: 100, cols: 100, scalars: (0 ..< 100 * 100).map { $0 == 99 * 101 ? a[99, 99] + 1 : 0 })
        #expect(shifted.symmetricPositiveDefiniteInverse() == nil)
        #expect(shifted.inverse() != nil)
    }

    @Test func gradientMatchesCentralDifferences() {
        let weights = randomTensor(6, 6, seed: 8)
        let a = definite(6, seed: 9) + randomTensor(6, 6, seed: 10, scale: 0.1)
        #expect(gradientError(at: [a]) { ($0[0].symmetricPositiveDefiniteInverse()! * weights).sum() } < 1e-6)
    }

    /// Across blocks and split over cores: ∂A = −X sym(W) X for Σ W ⊙ X, by the triple loop.
    @Test func gradientIsTheClosedForm() throws {
        let n = 140
        let a = definite(n, seed: 11), w = randomTensor(n, n, seed: 12)
        let (_, gradients) = valueWithGradient(at: [a]) { ($0[0].symmetricPositiveDefiniteInverse()! * w).sum() }
        let x = try #require(a.symmetricPositiveDefiniteInverse())
        let s = (w + w.transposed()) * 0.5
        let sx = (0 ..< n).flatMap { i in (0 ..< n).map { j in (0 ..< n).reduce(0) { $0 + s[i, $1] * x[$1, j] } } }
        let expected = (0 ..< n).flatMap { i in (0 ..< n).map { j in -(0 ..< n).reduce(0) { $0 + x[i, $1] * sx[$1 * n + j] } } }
        #expect(maxAbsDifference(gradients[0].scalars, expected) < 1e-12)
    }
}
