import MetricLab
import Testing

@Suite struct MinerTests {
    /// Points on a line: anchor 0 at 0, its positive 1 at 1; negatives at 0.5 (hard), 1.4
    /// (semi-hard) and 3 (easy).
    static let line = Tensor([[0, 0], [1, 0], [0.5, 0], [1.4, 0], [3, 0]])
    static let labels = [0, 0, 1, 1, 1]
    static let batch = MiningBatch(embeddings: line, labels: labels)
    static let plain = Euclidean(normalized: false)

    /// The negatives a miner picks for the pair (anchor 0, positive 1).
    func negativesOfFirstPair(_ miner: some TripletMiner) -> [Int] {
        var rng = RNG(seed: 0)
        let t = miner.triplets(in: Self.batch, using: &rng)
        return (0 ..< t.count).filter { t.anchors[$0] == 0 && t.positives[$0] == 1 }.map { t.negatives[$0] }
    }

    @Test func allTripletsPairEveryNegative() {
        var rng = RNG(seed: 0)
        // 2 + 6 ordered positive pairs, each with 3 or 2 negatives.
        #expect(AllTriplets().triplets(in: Self.batch, using: &rng).count == 2 * 3 + 6 * 2)
        #expect(negativesOfFirstPair(.all) == [2, 3, 4])
    }

    @Test func hardTakesTheClosestNegative() {
        #expect(negativesOfFirstPair(HardNegatives(distance: Self.plain)) == [2])
    }

    /// FaceNet: the closest negative farther than the positive; for (1, 0) only point 4 is farther.
    @Test func semiHardTakesTheClosestFartherNegative() {
        #expect(negativesOfFirstPair(SemiHardNegatives(distance: Self.plain)) == [3])
        var rng = RNG(seed: 0)
        let t = SemiHardNegatives(distance: Self.plain).triplets(in: Self.batch, using: &rng)
        let k = (0 ..< t.count).first { t.anchors[$0] == 1 && t.positives[$0] == 0 }
        #expect(k.map { t.negatives[$0] } == 4)
    }

    /// With no negative farther than the positive, the farthest negative: anchor 2 (at 0.5) with
    /// positive 4 (at 3) has negatives at distances 0.5 and 0.5... so use anchor 4, positive 2.
    @Test func semiHardFallsBackToTheFarthestNegative() {
        var rng = RNG(seed: 0)
        let t = SemiHardNegatives(distance: Self.plain).triplets(in: Self.batch, using: &rng)
        let k = (0 ..< t.count).first { t.anchors[$0] == 4 && t.positives[$0] == 2 }
        // d(4,2) = 2.5; negatives 0 (3) and 1 (2): 0 is farther than the positive.
        #expect(k.map { t.negatives[$0] } == 0)
        let fallback = (0 ..< t.count).first { t.anchors[$0] == 2 && t.positives[$0] == 4 }
        // d(2,4) = 2.5; negatives 0 and 1 both at 0.5: none farther, the first farthest is kept.
        #expect(fallback.map { t.negatives[$0] } == 0)
    }

    /// PML's bands with margin 0.6: m = d(a,n) − d(a,p) is −0.5, 0.4 and 2 for negatives 2, 3, 4.
    @Test(arguments: [(TripletMarginMiner.Kind.all, [2, 3]), (.hard, [2]), (.semiHard, [3]), (.easy, [4])])
    func tripletMarginMinerBands(kind: TripletMarginMiner.Kind, expected: [Int]) {
        #expect(negativesOfFirstPair(.margin(0.6, kind, distance: Self.plain)) == expected)
    }

    @Test func randomNegativesAreNegativesAndSeeded() {
        var a = RNG(seed: 9), b = RNG(seed: 9)
        let t = RandomNegatives(perPair: 3).triplets(in: Self.batch, using: &a)
        #expect(t == RandomNegatives(perPair: 3).triplets(in: Self.batch, using: &b))
        #expect(t.count == 8 * 3)
        #expect((0 ..< t.count).allSatisfy { Self.labels[t.negatives[$0]] != Self.labels[t.anchors[$0]] })
    }

    /// A similarity is mined as its negation: the most similar negative is the hardest.
    @Test func similaritiesAreMinedAsDissimilarities() {
        let x = Tensor([[1, 0], [0.8, 0.6], [0.9, 0.1], [-1, 0]])
        let batch = MiningBatch(embeddings: x, labels: [0, 0, 1, 1])
        var rng = RNG(seed: 0)
        let t = HardNegatives(distance: CosineSimilarity()).triplets(in: batch, using: &rng)
        #expect(t.anchors[0] == 0 && t.positives[0] == 1 && t.negatives[0] == 2)
    }
}

@Suite struct BatchHardTests {
    /// Anchor 0's positives sit at 1 and 0.3, its negatives at 0.5, 1.4 and 3: it takes 1 and 0.5.
    @Test func farthestPositiveAndClosestNegative() {
        let x = Tensor([[0, 0], [1, 0], [0.5, 0], [1.4, 0], [3, 0], [0.3, 0]])
        let batch = MiningBatch(embeddings: x, labels: [0, 0, 1, 1, 1, 0])
        var rng = RNG(seed: 0)
        let t = BatchHardTriplets(distance: Euclidean(normalized: false)).triplets(in: batch, using: &rng)
        #expect(t.anchors == [0, 1, 2, 3, 4, 5])
        #expect((t.positives[0], t.negatives[0]) == (1, 2))
        // Anchor 4 (at 3): farthest positive 2 (at 0.5), closest negative 1 (at 1).
        #expect((t.positives[4], t.negatives[4]) == (2, 1))
    }

    @Test func anchorsWithoutPositivesAreSkipped() {
        let batch = MiningBatch(embeddings: Tensor([[0, 0], [1, 0], [2, 0]]), labels: [0, 0, 1])
        var rng = RNG(seed: 0)
        #expect(BatchHardTriplets().triplets(in: batch, using: &rng).anchors == [0, 1])
    }
}
