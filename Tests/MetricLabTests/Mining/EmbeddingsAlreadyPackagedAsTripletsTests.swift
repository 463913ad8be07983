import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct EmbeddingsAlreadyPackagedAsTripletsTests {
    typealias F = MiningFixtures

    /// Rows three by three, whatever the labels say.
    @Test func rowsAreTakenThreeByThree() throws {
        let batch = MiningBatch(embeddings: randomTensor(6, 2, seed: 1), labels: [5, 5, 5, 5, 5, 5])
        #expect(F.list(try EmbeddingsAlreadyPackagedAsTriplets().tuples(batch).triplets) == [[0, 1, 2], [3, 4, 5]])
    }

    /// Positives and negatives are rows of the references.
    @Test func positivesAndNegativesIndexTheReferences() throws {
        let batch = MiningBatch(embeddings: randomTensor(3, 2, seed: 1), labels: [0, 0, 1], references: randomTensor(4, 2, seed: 2),
                                referenceLabels: [0, 0, 1, 1], identity: [nil, nil, nil])
        #expect(F.list(try EmbeddingsAlreadyPackagedAsTriplets.packagedTriplets.tuples(batch).triplets) == [[0, 1, 2]])
    }

    @Test(arguments: [1, 4, 5])
    func batchesOfIncompleteTripletsThrow(rows: Int) {
        let batch = MiningBatch(embeddings: randomTensor(rows, 2, seed: 1), labels: Array(0 ..< rows))
        #expect(throws: MinerError("packaged triplets", "a batch of \(rows) rows is not whole triplets: give (anchor, positive, negative) rows, a multiple of 3")) {
            try EmbeddingsAlreadyPackagedAsTriplets().tuples(batch)
        }
    }

    @Test func tooFewReferencesThrow() {
        let batch = MiningBatch(embeddings: randomTensor(3, 2, seed: 1), labels: [0, 0, 1], references: randomTensor(2, 2, seed: 2),
                                referenceLabels: [0, 1], identity: [nil, nil, nil])
        #expect(throws: MinerError("packaged triplets", "2 references cannot hold the positives and negatives of 3 rows")) {
            try EmbeddingsAlreadyPackagedAsTriplets().tuples(batch)
        }
    }

    @Test func anEmptyBatchHasNoTriplets() throws {
        let batch = MiningBatch(embeddings: Tensor(rows: 0, cols: 2, scalars: []), labels: [])
        #expect(try EmbeddingsAlreadyPackagedAsTriplets().tuples(batch).count == 0)
    }

    /// A triplet loss on packaged rows sees exactly those triplets.
    @Test func tripletLossOnPackagedRows() throws {
        let x = Tensor([[0, 0], [0.1, 0], [0.3, 0], [1, 1], [1.2, 1], [1, 3]])
        let labels = [0, 0, 1, 2, 2, 3]
        let loss = Triplet(margin: 0.5, distance: F.plain)
        let mined = try loss.mined(by: .packagedTriplets)(x, labels: labels)
        // d(a,p) − d(a,n) + 0.5: 0.1 − 0.3 + 0.5 = 0.3 and 0.2 − 2 + 0.5 < 0; the mean of the positive ones.
        #expect(abs(mined.scalar - 0.3) < 1e-12)
    }
}
