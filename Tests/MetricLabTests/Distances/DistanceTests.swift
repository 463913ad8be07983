import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The distances' values by hand, their gradients, and the sign convention losses rely on.
@Suite struct DistanceTests {
    let x = Tensor([[1, 2, 0], [0, -1, 3]])
    let y = Tensor([[2, 0, 1], [1, 2, 0], [-1, 1, 1]])

    @Test func lpDistancesByHand() {
        let l1 = LpDistance(p: 1, normalized: false).matrix(x, y)
        #expect(l1.rowArrays == [[4, 0, 4], [5, 7, 5]])
        let linf = LpDistance(p: .infinity, normalized: false).matrix(x, y)
        #expect(linf.rowArrays == [[2, 0, 2], [2, 3, 2]])
        let l3 = LpDistance(p: 3, power: 2, normalized: false).matrix(x, y)
        #expect(abs(l3[0, 0] - pow(pow(1 + 8 + 1, 1.0 / 3), 2)) < 1e-12)
        // p = 2 is Euclidean, power 2 its square.
        #expect(maxAbsDifference(LpDistance(p: 2, power: 2).matrix(x, y).scalars, Euclidean(squared: true).matrix(x, y).scalars) < 1e-15)
    }

    /// Normalisation uses the distance's own p, as F.normalize(x, p) does.
    @Test func lpNormalisesWithItsOwnP() {
        let d = LpDistance(p: 1).matrix(Tensor([[2, 2]]), Tensor([[0, 4]]))
        #expect(abs(d.scalar - (0.5 + 0.5)) < 1e-15)
    }

    /// var(x − y)/var(x) over coordinates, with the unbiased variance PML's torch.var takes.
    @Test func snrIsTheNoiseOverTheSignalsVariance() {
        func variance(_ v: [Double]) -> Double {
            let m = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)
        }
        let d = SNRDistance(normalized: false).matrix(x, y)
        for i in 0 ..< 2 { for j in 0 ..< 3 {
            let expected = variance(zip(x.row(i), y.row(j)).map { $0 - $1 }) / variance(x.row(i))
            #expect(abs(d[i, j] - expected) < 1e-12)
        } }
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let a = randomTensor(4, 3, seed: 2), b = randomTensor(5, 3, seed: 3)
        let distances: [any Distance] = [LpDistance(p: 1), LpDistance(p: 3, power: 2), LpDistance(p: 1.5, normalized: false),
                                         SNRDistance(), SNRDistance(normalized: false), CosineSimilarity(), DotProduct()]
        for distance in distances {
            #expect(gradientError(at: [a, b]) { (distance.matrix($0[0], $0[1]) * randomTensor(4, 5, seed: 9)).sum() } < 1e-6,
                    "\(distance)")
        }
    }

    /// margin(x, y) is how much farther x is than y, whichever way the values point.
    @Test func marginsFollowTheOrdering() {
        let (near, far) = (Tensor(1), Tensor(3))
        #expect(Euclidean().margin(far, near).scalar == 2)
        #expect(CosineSimilarity().margin(near, far).scalar == 2, "a lower similarity is farther")
        #expect(Euclidean().beyond(0.5)(far).scalar == 2.5 && CosineSimilarity().beyond(0.5)(Tensor(0.2)).scalar == 0.3)
        #expect(Euclidean().within(4)(far).scalar == 1 && CosineSimilarity().within(0.5)(Tensor(0.9)).scalar == 0.4)
        #expect(Euclidean().nearer(near, far).scalar == 1 && CosineSimilarity().nearer(near, far).scalar == 3)
    }
}
