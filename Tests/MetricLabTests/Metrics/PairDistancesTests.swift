import MetricLab
import Testing

@Suite struct PairDistancesTests {
    @Test func splitsUnorderedPairsByLabel() {
        let points = Tensor([[0, 0], [3, 4], [0, 1], [6, 8]])
        let pairs = PairDistances(points, labels: [0, 0, 1, 1])
        // positive: (0,1) = 5 and (2,3) = √85; negative: (0,2), (0,3), (1,2) = √18, (1,3).
        #expect(zip(pairs.positive, [5, 85.0.squareRoot()]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(pairs.negative.count == 4)
        #expect(zip(pairs.negative, [1, 10, 18.0.squareRoot(), 5]).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
