import MetricLab
import Testing

/// The incremental contingency table must agree with NMI computed from scratch on the final
/// clustering, over many batches whose PAM sweeps move points back and forth between clusters
/// (a cell whose pending change returned to zero and then moved again once corrupted the table).
@Suite struct FacilityLocationContingencyTests {
    @Test func incrementalScoreMatchesScratchNMI() {
        var rng = RNG(seed: 21)
        for trial in 0 ..< 400 {
            let n = 8 + trial % 40, classes = 2 + trial % 5
            let labels = (0 ..< n).map { _ in rng.int(below: classes) }
            let scale = [0.01, 1, 10][trial % 3]
            let points = Tensor(rows: n, cols: 2, scalars: (0 ..< 2 * n).map { _ in scale * rng.gaussian() })
            let found = FacilityLocation(marginMultiplier: Double(trial % 7)).inference(points, labels: labels)
            let scratch = normalizedMutualInformation(labels, found.assignment)
            #expect(abs(found.clusteringScore - scratch) < 1e-9, "trial \(trial)")
        }
    }
}
