import Foundation
import MetricLab
import Testing

@Suite struct AngularMinerTests {
    typealias F = MiningFixtures

    /// The pair (0, 0)–(2, 0) has its centre at (1, 0), 2 apart; negatives above the centre at
    /// heights 0.5, 2 and 5 see it under tan ∠n′ = 2 / (2h): 63.4°, 26.6° and 11.3°.
    static let batch = MiningBatch(embeddings: Tensor([[0, 0], [2, 0], [1, 0.5], [1, 2], [1, 5]]), labels: [0, 0, 1, 1, 1])

    /// The triplets of the pair (rows 0 and 1, either way round) that the miner keeps.
    func pairTriplets(_ degrees: Double) -> [[Int]] {
        AngularMiner(degrees: degrees).tripletList(Self.batch).filter { $0[0] < 2 }
    }

    @Test func keepsTheAnglesAboveAlpha() {
        #expect(pairTriplets(20) == [[0, 1, 2], [0, 1, 3], [1, 0, 2], [1, 0, 3]])
        #expect(pairTriplets(45) == [[0, 1, 2], [1, 0, 2]])
        #expect(pairTriplets(70).isEmpty)
    }

    /// Every triplet's angle computed as PML writes it, atan(‖a − p + ε‖ / (2‖n − c + ε‖)), on a
    /// random batch: the miner keeps exactly those above α.
    @Test(arguments: [(3, 30.0), (8, 20.0), (2, 50.0)])
    func agreesWithTheAngleWrittenOut(dimension: Int, degrees: Double) {
        var rng = RNG(seed: UInt64(dimension))
        let x = Tensor(rows: 14, cols: dimension, scalars: (0 ..< 14 * dimension).map { _ in 2 * rng.gaussian() })
        let labels = (0 ..< 14).map { $0 % 3 }
        let rows = x.rowArrays, epsilon = 1e-6
        func norm(_ v: [Double]) -> Double { sqrt(v.reduce(0) { $0 + $1 * $1 }) }
        var expected: [[Int]] = []
        for a in 0 ..< 14 {
            for p in 0 ..< 14 where p != a && labels[p] == labels[a] {
                for n in 0 ..< 14 where labels[n] != labels[a] {
                    let centre = zip(rows[a], rows[p]).map { ($0 + $1) / 2 }
                    let side = norm(zip(rows[a], rows[p]).map { $0 - $1 + epsilon })
                    let toCentre = norm(zip(rows[n], centre).map { $0 - $1 + epsilon })
                    if atan(side / (2 * toCentre)) > degrees * .pi / 180 { expected.append([a, p, n]) }
                }
            }
        }
        #expect(!expected.isEmpty)
        #expect(AngularMiner(degrees: degrees).tripletList(MiningBatch(embeddings: x, labels: labels)) == expected)
    }

    /// The angle is taken on the embeddings as given: (1, 0) and (3, 0) normalise to one point, yet
    /// the negative at (2, 0.5) sees them under 63.4°.
    @Test func anglesAreTakenOnTheEmbeddingsAsGiven() {
        let batch = MiningBatch(embeddings: Tensor([[1, 0], [3, 0], [2, 0.5]]), labels: [0, 0, 1])
        #expect(AngularMiner(degrees: 60).tripletList(batch) == [[0, 1, 2], [1, 0, 2]])
    }

    /// Anchors from the batch, positives and negatives from the references.
    @Test func positivesAndNegativesAreReferences() {
        let batch = MiningBatch(embeddings: Tensor([[0, 0]]), labels: [0], references: Tensor([[2, 0], [1, 0.5], [1, 2]]),
                                referenceLabels: [0, 1, 1], identity: [nil])
        #expect(AngularMiner(degrees: 45).tripletList(batch) == [[0, 0, 1]])
        #expect(AngularMiner.angular(degrees: 20).tripletList(batch) == [[0, 0, 1], [0, 0, 2]])
    }

    /// No angle exceeds a right one; every angle exceeds 0.
    @Test func rightAndZeroAngles() {
        #expect(AngularMiner(degrees: 90).tripletList(Self.batch).isEmpty)
        #expect(AngularMiner(degrees: 0).tripletList(Self.batch).count == AllTriplets().tripletList(Self.batch).count)
    }

    @Test func degenerateBatchesGiveNoTriplets() throws {
        for batch in F.degenerate.prefix(3) { #expect(try AngularMiner(degrees: 0).tuples(batch).count == 0) }
    }
}
