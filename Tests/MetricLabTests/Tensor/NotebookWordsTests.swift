import MetricLab
import Testing

/// Words that notebooks 12 and 13 wrote by hand: an embedding's spread and each row's ranked list.
@Suite struct NotebookWordsTests {
    /// Three points at 0, 3 and 4 on a line: distances 3, 4 and 1, each counted both ways, mean 8/3.
    @Test func meanPairwiseDistanceByHand() {
        let points = Tensor([[0, 0], [3, 0], [4, 0]])
        #expect(abs(points.meanPairwiseDistance() - 8.0 / 3) < 1e-15)
    }

    /// A collapsed embedding has no spread; a single row has no pair to measure.
    @Test func collapsedIsZeroAndOneRowIsNaN() {
        #expect(Tensor([[0.6, 0.8], [0.6, 0.8], [0.6, 0.8]]).meanPairwiseDistance() == 0)
        #expect(Tensor([[1, 0]]).meanPairwiseDistance().isNaN)
    }

    /// Points at 0, 1, 4, 6 and 5: each row's others nearest first, the tie at 5 (1 from 4 and 6)
    /// broken by the lower index.
    @Test func rankedNeighboursByHand() {
        let points = Tensor([0, 1, 4, 6, 5].map { [$0, 0] })
        #expect(points.rankedNeighbours() == [[1, 2, 4, 3], [0, 2, 4, 3], [4, 3, 1, 0], [4, 2, 1, 0], [2, 3, 1, 0]])
    }

    /// The ranked lists give Retrieval's scores: MAP@R recomputed from them matches.
    @Test func rankedNeighboursAreRetrievalsRanking() {
        let points = Tensor([0, 1, 4, 6, 9, 10, 13, 15].map { [$0, 0] })
        let labels = [0, 0, 1, 1, 1, 1, 0, 0]
        let ranked = points.rankedNeighbours()
        let averagePrecisions = ranked.enumerated().map { q, order in
            let r = labels.count { $0 == labels[q] } - 1
            var found = 0, sum = 0.0
            for (rank, j) in order.prefix(r).enumerated() where labels[j] == labels[q] {
                found += 1
                sum += Double(found) / Double(rank + 1)
            }
            return sum / Double(r)
        }
        let mapAtR = averagePrecisions.reduce(0, +) / Double(labels.count)
        #expect(abs(mapAtR - Retrieval(points, labels: labels).mapAtR) < 1e-15)
        #expect(abs(mapAtR - 35.0 / 72) < 1e-15)
    }
}
