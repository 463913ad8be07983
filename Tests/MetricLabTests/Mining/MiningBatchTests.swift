import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct MiningBatchTests {
    /// The pair lists are the masks' pairs, row by row, the example itself left out.
    @Test func allPairsAreTheMasksPairs() {
        let batch = MiningBatch(embeddings: randomTensor(5, 2, seed: 1), labels: [0, 1, 0, 2, 1])
        #expect(batch.allPairs.positive == PairIndices(batch.positiveMask))
        #expect(batch.allPairs.negative == PairIndices(batch.negativeMask))
        #expect(MiningFixtures.list(batch.allPairs.positive) == [[0, 2], [1, 4], [2, 0], [4, 1]])
        let memory = MiningBatch(embeddings: randomTensor(2, 2, seed: 1), labels: [0, 1], references: randomTensor(3, 2, seed: 2),
                                 referenceLabels: [0, 1, 0], identity: [2, nil])
        #expect(MiningFixtures.list(memory.allPairs.positive) == [[0, 0], [1, 1]])
        #expect(MiningFixtures.list(memory.allPairs.negative) == [[0, 1], [1, 0], [1, 2]])
    }

    /// A loss batch hands its tuples to the miner, so that a miner mined inside another sees them.
    @Test func lossBatchesPassTheirTuples() {
        let tuples = IndexTuples.triplets(TripletIndices(anchors: [0], positives: [1], negatives: [2]))
        let batch = LossBatch(randomTensor(3, 2, seed: 1), labels: [0, 0, 1], tuples: tuples)
        #expect(batch.miningBatch.tuples == tuples)
        #expect(LossBatch(randomTensor(3, 2, seed: 1), labels: [0, 0, 1]).miningBatch.tuples == nil)
    }
}
