@testable import MetricLab
import Testing

/// The incremental contingency table against one built directly in its final state.
@Suite struct FacilityLocationContingencyTests {
    /// A table with `clusters` committed as the state, points taken in order.
    func table(_ clusters: [Int], classOf: [Int]) -> FacilityLocationContingency {
        var table = FacilityLocationContingency(classOf: classOf, classes: Set(classOf).count, capacity: 3, margin: .nmi)
        for (point, cluster) in clusters.enumerated() { table.move(point, from: -1, to: cluster) }
        table.commitMoves()
        return table
    }

    /// A cluster whose pending change goes back to zero and away again within one proposal (a
    /// point leaves, another arrives, a third leaves) must be counted once, as PAM proposals do.
    @Test func aChangeThatPassesThroughZeroCountsOnce() {
        let classOf = [0, 0, 1, 1, 0, 1]
        var incremental = table([0, 0, 1, 1, 2, 2], classOf: classOf)
        incremental.move(0, from: 0, to: 1)
        incremental.move(2, from: 1, to: 0)
        incremental.move(1, from: 0, to: 1)
        let proposed = incremental.sumsAfterMoves()
        incremental.commitMoves()
        let direct = table([1, 1, 0, 1, 2, 2], classOf: classOf)
        for sums in [proposed, incremental.sums] {
            #expect(abs(sums.cellXLogX - direct.sums.cellXLogX) < 1e-12)
            #expect(abs(sums.clusterXLogX - direct.sums.clusterXLogX) < 1e-12)
            #expect(sums.clusters == direct.sums.clusters)
        }
        #expect(abs(incremental.score(incremental.sums) - normalizedMutualInformation(classOf, [1, 1, 0, 1, 2, 2])) < 1e-12)
    }
}
