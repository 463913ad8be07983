import Foundation
import MetricLab
import Testing

@Suite struct NMITests {
    @Test func matchesPyTorchMetricLearningOnAGivenClustering() throws {
        let f = try MetricsFixture.load()
        #expect(abs(normalizedMutualInformation(f.labels, f.clustering) - f.nmi_geometric) < 1e-12)
        #expect(abs(normalizedMutualInformation(f.labels, f.clustering, normalization: .arithmetic) - f.nmi_arithmetic) < 1e-12)
    }

    @Test func identicalIndependentAndRefinedLabelings() {
        #expect(abs(normalizedMutualInformation([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9]) - 1) < 1e-12)
        #expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]) == 0)
        // b refines a: MI = H(a) = ln 2, H(b) = 1.5 ln 2.
        #expect(abs(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2]) - 1 / 1.5.squareRoot()) < 1e-12)
        #expect(abs(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2], normalization: .arithmetic) - 0.8) < 1e-12)
    }

    @Test func separatedClassesScoreOneCollapsedZero() {
        let data = Blobs(classes: 5, perClass: 20, spread: 0.1, radius: 3).sample(seed: 2)
        #expect(abs(nmi(data.points, labels: data.labels) - 1) < 1e-12)
        #expect(nmi(Tensor.zeros(data.count, 2), labels: data.labels) == 0)
    }

    /// One class, one point or none: k-means' single cluster recovers the single class trivially,
    /// so NMI is undefined (NaN), not 1; one class against several clusters is 0, as in scikit-learn.
    @Test func oneClassOnePointAndNoPointsAreUndefined() {
        let one = Blobs(classes: 1, perClass: 10).sample(seed: 1)
        #expect(nmi(one.points, labels: one.labels).isNaN)
        #expect(nmi(Tensor([[1, 2]]), labels: [0]).isNaN)
        #expect(nmi(Tensor.zeros(0, 2), labels: []).isNaN)
        #expect(normalizedMutualInformation([0, 0, 0, 0], [0, 0, 1, 1]) == 0)
    }

    @Test func splitClassBeforeTrainingIsFarFromOne() {
        // k = 3 clusters on four groups: at best A1 or A2 merges with a neighbour, or both A halves
        // with B and C; either way well below 1, and the same every time.
        let data = SplitClass().sample(seed: 1)
        let score = nmi(data.points, labels: data.labels)
        #expect(score > 0.3 && score < 0.8)
        // Equal up to rounding: normalizedMutualInformation sums over a Dictionary, whose order
        // varies from one instance to the next.
        #expect(abs(score - nmi(data.points, labels: data.labels)) < 1e-12)
        #expect(kMeans(data.points, k: 3, seed: 4).assignments == kMeans(data.points, k: 3, seed: 4).assignments)
    }
}

@Suite struct KMeansTests {
    @Test func twoPairsOnALine() {
        let c = kMeans(Tensor([[0], [1], [10], [11]]), k: 2, seed: 3)
        #expect(c.assignments[0] == c.assignments[1] && c.assignments[2] == c.assignments[3])
        #expect(c.assignments[0] != c.assignments[2])
        #expect(abs(c.inertia - 1) < 1e-12)
        #expect(Set(c.centroids.scalars) == [0.5, 10.5])
    }

    @Test func inertiaIsTheSumOfSquaredDistancesToTheCentroids() {
        let data = Moons(perClass: 40, noise: 0.1).sample(seed: 1)
        let c = kMeans(data.points, k: 4, seed: 1)
        var inertia = 0.0
        for i in 0 ..< data.count {
            let cluster = c.assignments[i]
            inertia += pow(data.points[i, 0] - c.centroids[cluster, 0], 2) + pow(data.points[i, 1] - c.centroids[cluster, 1], 2)
            // Lloyd's fixed point: every point is at its nearest centroid.
            let distances = (0 ..< 4).map { pow(data.points[i, 0] - c.centroids[$0, 0], 2) + pow(data.points[i, 1] - c.centroids[$0, 1], 2) }
            #expect(distances[cluster] <= distances.min()! + 1e-12)
        }
        #expect(abs(inertia - c.inertia) < 1e-9)
        #expect(c.assignments == kMeans(data.points, k: 4, seed: 1).assignments)
    }

    @Test func moreRestartsNeverWorse() {
        let data = MultiModal(classes: 3, modes: 3, perMode: 8, spread: 0.6).sample(seed: 5)
        for seed: UInt64 in 0 ..< 5 {
            let one = kMeans(data.points, k: 9, restarts: 1, seed: seed)
            let ten = kMeans(data.points, k: 9, restarts: 10, seed: seed)
            #expect(ten.inertia <= one.inertia + 1e-12)
        }
    }

    @Test func everyPointItsOwnClusterAndFewerDistinctPointsThanK() {
        let points = Tensor([[0, 0], [1, 0], [0, 1]])
        let own = kMeans(points, k: 3, seed: 1)
        #expect(own.inertia == 0 && Set(own.assignments).count == 3)
        let duplicates = kMeans(Tensor([[2, 2], [2, 2], [2, 2], [5, 5]]), k: 3, seed: 1)
        #expect(duplicates.inertia == 0)
    }
}
