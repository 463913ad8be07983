import MetricLab
import Testing

/// A batch of one class is clustered perfectly by its one medoid: the clustering metrics call that
/// undefined (NaN), but facility location's margin must stay 0, as its contingency table has it.
@Suite struct FacilityLocationOneClassTests {
    @Test(arguments: FacilityLocation.Margin.allCases)
    func oneClassScoresOneAndHasNoMargin(_ margin: FacilityLocation.Margin) throws {
        #expect(margin.score([2, 2, 2], [0, 0, 0]) == 1)
        let points = Tensor([[0, 0], [1, 0], [0, 2]])
        let inference = FacilityLocation(marginMultiplier: 1, margin: margin).inference(points, labels: [2, 2, 2])
        #expect(inference.clusteringScore == 1 && inference.margin == 0)
    }
}
