import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct MMCTests {
    /// One similar pair at distance 1; dissimilar pairs at 2 and √5.
    @Test func valueByHand() throws {
        let points = Tensor([[0, 0], [1, 0], [0, 2]])
        let expected = 1 - log((2 + 5.0.squareRoot()) / 2)
        #expect(try abs(MMC()(points, labels: [0, 0, 1]).scalar - expected) < 1e-12)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        let inputs = randomTensor(8, 3, seed: 61), weights = randomTensor(3, 2, seed: 62)
        let labels = [0, 0, 1, 1, 2, 2, 0, 1]
        #expect(try gradientError(at: [weights]) { try MMC()(inputs.matmul($0[0]), labels: labels) } < 1e-6)
        #expect(try gradientError(at: [inputs]) { try MMC()($0[0], labels: labels) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        let x = randomTensor(5, 2, seed: 63)
        #expect(try MMC()(x, labels: [0, 1, 2, 3, 4]).scalar.isFinite)
        #expect(try MMC()(x, labels: [0, 0, 0, 0, 0]).scalar.isFinite)
        let (value, g) = try valueWithGradient(at: [Tensor(repeating: 1, rows: 3, cols: 2)]) { try MMC()($0[0], labels: [0, 0, 1]) }
        #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
    }

    /// Two classes that differ along x only, with large noise along y: the learned metric
    /// A = LLᵀ weighs x far more than y, as Xing et al.'s side-information experiments show.
    @Test func learnedMetricIgnoresTheNoisyDirection() throws {
        var rng = RNG(seed: 7)
        var rows: [[Double]] = [], labels: [Int] = []
        for i in 0 ..< 40 {
            let c = i % 2
            rows.append([Double(c) * 2 + 0.2 * rng.gaussian(), 3 * rng.gaussian()])
            labels.append(c)
        }
        let data = Dataset(name: "noisy y", points: Tensor(rows), labels: labels)
        let run = try train(Linear(), on: data, loss: MMC(),
                            optimizer: Adam(lr: 0.02), steps: 300, seed: 1)
        let a = MMC.metric(of: run.parameters[0])
        #expect(a[0, 0] > 20 * a[1, 1])
    }
}
