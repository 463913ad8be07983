import MetricLab
import MetricLabTestSupport
import Testing

/// `reshaped`, `block` and `inverse`: values by definition and gradients against central differences.
@Suite struct TensorShapeAndInverseTests {
    /// Σ w ⊙ t with fixed random weights, so that every output entry has its own gradient.
    func weighted(_ t: Tensor) -> Tensor { (t * randomTensor(t.rows, t.cols, seed: 98)).sum() }

    /// A well-conditioned matrix whose first pivot is zero, so that elimination must swap rows.
    let square = Tensor([[0, 2, 1, 0.5], [1, 1, 0, 0.3], [0.2, 0.1, 3, 1], [0.4, 0, 1, 2]])

    @Test func reshapedKeepsTheEntriesInOrder() {
        let x = randomTensor(3, 4, seed: 1)
        let y = x.reshaped(rows: 6, cols: 2)
        #expect(y.rows == 6 && y.cols == 2 && y.scalars == x.scalars)
        #expect(gradientError(at: [x]) { weighted($0[0].reshaped(rows: 2, cols: 6)) } < 1e-6)
    }

    @Test func blockIsTheSubMatrix() {
        let x = randomTensor(4, 5, seed: 2)
        let b = x.block(rows: 1 ..< 3, cols: 2 ..< 5)
        #expect(b.rowArrays == [Array(x.row(1)[2 ..< 5]), Array(x.row(2)[2 ..< 5])])
        #expect(x.block(rows: 0 ..< 0, cols: 0 ..< 5).count == 0)
        #expect(gradientError(at: [x]) { weighted($0[0].block(rows: 1 ..< 4, cols: 0 ..< 2)) } < 1e-6)
    }

    /// The product of a matrix and its inverse, both ways.
    func identityError(_ a: Tensor, _ inverse: Tensor) -> Double {
        let n = a.rows
        let products = [a.matmul(inverse), inverse.matmul(a)]
        return products.flatMap { p in (0 ..< n * n).map { t in abs(p.scalars[t] - (t / n == t % n ? 1 : 0)) } }.max() ?? 0
    }

    @Test func inverseTimesMatrixIsTheIdentity() throws {
        #expect(identityError(square, try #require(square.inverse())) < 1e-13)
        // 2×2 by the adjugate.
        let inverse = try #require(Tensor([[4, 7], [2, 6]]).inverse())
        #expect(maxAbsDifference(inverse.scalars, [0.6, -0.7, -0.2, 0.4]) < 1e-15)
        #expect(try #require(Tensor(rows: 0, cols: 0, scalars: []).inverse()).count == 0)
    }

    /// 300×300 splits each pivot's row updates over cores.
    @Test func largeInverseSplitAcrossCores() throws {
        let n = 300
        let a = randomTensor(n, n, seed: 3, scale: 0.05) + Tensor(rows: n, cols: n, scalars: (0 ..< n * n).map { $0 / n == $0 % n ? 1 : 0 })
        #expect(identityError(a, try #require(a.inverse())) < 1e-12)
    }

    @Test func singularMatrixHasNoInverse() {
        #expect(Tensor([[1, 2], [2, 4]]).inverse() == nil)
        #expect(Tensor([[0, 0], [0, 1]]).inverse() == nil)
    }

    @Test func inverseGradient() {
        #expect(gradientError(at: [square]) { weighted($0[0].inverse()!) } < 1e-6)
    }
}
