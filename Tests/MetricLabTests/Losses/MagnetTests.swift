import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct MagnetTests {
    let labels = [0, 0, 0, 0, 1, 1, 1, 2, 2]
    let x = randomTensor(9, 2, seed: 51)

    /// One cluster a class: means (1, 0) and (1, 1); every point is 1 from its own mean and √2
    /// from the other, σ² = 4 · 1 / (4 − 1).
    @Test func valueByHand() throws {
        let points = Tensor([[0, 0], [2, 0], [0, 1], [2, 1]])
        let twiceVariance = 2 * 4.0 / 3
        let term = max(0, 1 / twiceVariance + 1 + log(exp(-2 / twiceVariance)))
        #expect(try abs(Magnet(clustersPerClass: 1)(points, labels: [0, 0, 1, 1]).scalar - term) < 1e-12)
    }

    /// A class in two far groups becomes two clusters; a class with one example, one cluster.
    @Test func clustersFollowTheModesOfAClass() throws {
        let points = Tensor([[0, 0], [0.1, 0], [5, 5], [5.1, 5], [0, 0.2], [9, 9]])
        let (cluster, clusterClass) = Magnet(clustersPerClass: 2).clusters(of: points, labels: [0, 0, 0, 0, 0, 1])
        #expect(cluster[0] == cluster[1] && cluster[1] == cluster[4])
        #expect(cluster[2] == cluster[3] && cluster[2] != cluster[0])
        #expect(clusterClass.count == 3 && clusterClass[cluster[5]] == 1)
    }

    /// Clusters are fixed for small moves, so finite differences see the same clusters.
    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [Magnet(), Magnet(clustersPerClass: 1, alpha: 0.5), Magnet(clustersPerClass: 3, alpha: 4)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
    }

    @Test func degenerateBatchesAreFinite() throws {
        let (single, g) = try valueWithGradient(at: [x]) { try Magnet()($0[0], labels: Array(repeating: 0, count: 9)) }
        #expect(single == 0 && g[0].scalars.allSatisfy { $0 == 0 })
        for labels in [Array(0 ..< 9), [0, 0, 0, 0, 0, 0, 0, 0, 1]] {
            let (value, g) = try valueWithGradient(at: [x]) { try Magnet()($0[0], labels: labels) }
            #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
        }
        let same = Tensor(repeating: 1, rows: 4, cols: 2)
        let (value, g2) = try valueWithGradient(at: [same]) { try Magnet()($0[0], labels: [0, 0, 1, 1]) }
        #expect(value.isFinite && g2[0].scalars.allSatisfy(\.isFinite))
    }

    /// Class 0 comes in two modes 6 apart, between classes 1 and 2. With two clusters a class,
    /// the modes are their own clusters and stay apart; with one, both are pulled to one mean.
    @Test func twoClustersKeepTheModesOfAClass() throws {
        var rng = RNG(seed: 4)
        var rows: [[Double]] = [], labels: [Int] = []
        for (center, label) in [([-3.0, 0.0], 0), ([3.0, 0.0], 0), ([0.0, 2.0], 1), ([0.0, -2.0], 2)] {
            for _ in 0 ..< 10 {
                rows.append([center[0] + 0.3 * rng.gaussian(), center[1] + 0.3 * rng.gaussian()])
                labels.append(label)
            }
        }
        let data = Dataset(name: "split class", points: Tensor(rows), labels: labels)
        func gapBetweenModes(_ loss: Magnet) throws -> Double {
            let e = try train(.free, on: data, loss: loss, optimizer: Adam(lr: 0.05), steps: 300, seed: 1).finalEmbedding
            let left = e.gatherRows(Array(0 ..< 10)).columnMeans(), right = e.gatherRows(Array(10 ..< 20)).columnMeans()
            return (left - right).squared().sum().scalar.squareRoot()
        }
        #expect(try gapBetweenModes(Magnet(clustersPerClass: 2)) > 5.5)
        #expect(try gapBetweenModes(Magnet(clustersPerClass: 1)) < 4)
    }
}
