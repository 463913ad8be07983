import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct DistanceWeightedMinerTests {
    typealias F = MiningFixtures

    /// Sampling Matters' weight of a negative at distance d in ℝⁿ, computed from the paper's
    /// formula: q(d̂)⁻¹ with d̂ = max(d, cutoff), 0 from the nonzero-loss cutoff on.
    static func weight(_ d: Double, dimension n: Double, cutoff: Double = 0.5, nonzeroLossCutoff: Double = 1.4) -> Double {
        let clipped = max(d, cutoff)
        guard clipped < nonzeroLossCutoff else { return 0 }
        return pow(clipped, 2 - n) * pow(1 - clipped * clipped / 4, (3 - n) / 2)
    }

    /// The probability of each negative of each anchor by the formula, on the normalised embeddings.
    static func expectedProbabilities(_ x: Tensor, _ labels: [Int]) -> [[Double]] {
        let u = x.rowArrays.map { r in let s = sqrt(r.reduce(0) { $0 + $1 * $1 }); return r.map { $0 / s } }
        return labels.indices.map { a in
            let w = labels.indices.map { j in
                labels[j] == labels[a] ? 0 : weight(sqrt(zip(u[a], u[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }),
                                                    dimension: Double(x.cols))
            }
            let total = w.reduce(0, +)
            return w.map { total > 0 ? $0 / total : 0 }
        }
    }

    /// Unit vectors in the plane z = 0 of ℝ³, where q(d)⁻¹ = 1/d: anchor at 0°, its positive at
    /// 90°, negatives at 10° and 20° (chords 0.17 and 0.35, both clipped to 0.5), 60° (chord 1)
    /// and 120° (chord 1.73, beyond 1.4).
    static let circle: MiningBatch = {
        let angles = [0.0, 90, 10, 20, 60, 120].map { $0 * .pi / 180 }
        return MiningBatch(embeddings: Tensor(angles.map { [cos($0), sin($0), 0] }), labels: [0, 0, 1, 1, 1, 1])
    }()

    /// Weights 2, 2, 1 and 0: probabilities 0.4, 0.4, 0.2 and 0, positives 0.
    @Test func cutoffsClipAndExclude() {
        let p = DistanceWeightedMiner().probabilities(in: Self.circle).row(0)
        #expect(maxDifference(p, [0, 0, 0.4, 0.4, 0.2, 0]) < 1e-12)
    }

    /// Both cutoffs are parameters: a cutoff of 0.1 no longer clips 0.17 and 0.35; a second cutoff
    /// of 0.9 drops the chord of 1.
    @Test func cutoffsAreParameters() {
        let p = DistanceWeightedMiner.distanceWeighted(cutoff: 0.1, nonzeroLossCutoff: 0.9).probabilities(in: Self.circle).row(0)
        let (d10, d20) = (2 * sin(5 * Double.pi / 180), 2 * sin(10 * Double.pi / 180))
        let total = 1 / d10 + 1 / d20
        #expect(maxDifference(p, [0, 0, 1 / d10 / total, 1 / d20 / total, 0, 0]) < 1e-12)
    }

    /// Eqs. 3–4 in 8 and 16 dimensions on a random batch, every anchor.
    @Test(arguments: [8, 16])
    func probabilitiesFollowThePaper(dimension: Int) {
        let x = randomTensor(16, dimension, seed: UInt64(dimension))
        let labels = (0 ..< 16).map { $0 % 4 }
        let p = DistanceWeightedMiner().probabilities(in: MiningBatch(embeddings: x, labels: labels)).rowArrays
        let expected = Self.expectedProbabilities(x, labels)
        for a in 0 ..< 16 {
            #expect(maxDifference(p[a], expected[a]) < 1e-12)
            #expect(abs(p[a].reduce(0, +) - (expected[a].contains { $0 > 0 } ? 1 : 0)) < 1e-12)
        }
    }

    /// Many draws on a fixed batch in ℝ³: the counts of each anchor's negatives fit the paper's
    /// probabilities and its positives are uniform, by a χ² test at the 0.1% level; negatives of
    /// probability 0 are never drawn.
    @Test func drawsFollowTheProbabilities() {
        let x = randomTensor(12, 3, seed: 7), labels = (0 ..< 12).map { $0 % 3 }
        let batch = MiningBatch(embeddings: x, labels: labels)
        let p = Self.expectedProbabilities(x, labels)
        var negatives = [[Int]](repeating: [Int](repeating: 0, count: 12), count: 12)
        var positives = negatives
        var rng = RNG(seed: 2024)
        let miner = DistanceWeightedMiner(), calls = 1500
        for _ in 0 ..< calls {
            let t = miner.triplets(in: batch, using: &rng)
            for k in 0 ..< t.count {
                negatives[t.anchors[k]][t.negatives[k]] += 1
                positives[t.anchors[k]][t.positives[k]] += 1
            }
        }
        var (statistic, freedom) = (0.0, 0)
        for a in 0 ..< 12 {
            let draws = Double(positives[a].reduce(0, +))
            // Four references of the anchor's label, itself included: four triplets a call.
            #expect(draws == Double(4 * calls))
            let support = (0 ..< 12).filter { p[a][$0] > 0 }
            #expect((0 ..< 12).filter { p[a][$0] == 0 }.allSatisfy { negatives[a][$0] == 0 })
            statistic += chiSquareStatistic(observed: support.map { negatives[a][$0] }, expected: support.map { draws * p[a][$0] })
            freedom += support.count - 1
            let own = batch.positives(of: a)
            statistic += chiSquareStatistic(observed: own.map { positives[a][$0] }, expected: own.map { _ in draws / Double(own.count) })
            freedom += own.count - 1
        }
        #expect(freedom > 20)
        let critical = chiSquareCriticalValue(degreesOfFreedom: freedom, significance: 0.001)
        #expect(statistic < critical, "χ² = \(statistic) with \(freedom) degrees of freedom, critical \(critical)")
    }

    /// The anchor at 0° draws only among its three near negatives, two triplets a call (its class's
    /// size), always with its one positive.
    @Test func excludedNegativesAreNeverDrawn() {
        var rng = RNG(seed: 5)
        for _ in 0 ..< 200 {
            let t = DistanceWeightedMiner().tripletList(Self.circle, seed: rng.next()).filter { $0[0] == 0 }
            #expect(t.count == 2)
            #expect(t.allSatisfy { $0[1] == 1 && [2, 3, 4].contains($0[2]) })
        }
    }

    /// An anchor whose negatives all lie beyond the second cutoff gets no triplet.
    @Test func anchorsWithNothingToDrawAreSkipped() {
        let batch = MiningBatch(embeddings: Tensor([[1, 0, 0], [0.9, 0.1, 0], [-1, 0, 0], [-0.9, -0.1, 0]]), labels: [0, 0, 1, 1])
        #expect(DistanceWeightedMiner().tripletList(batch).isEmpty)
        #expect(DistanceWeightedMiner(nonzeroLossCutoff: 2.1).tripletList(batch).count == 8)
    }

    /// The generator passed in decides the draws: the same seed repeats them, another one differs.
    @Test func drawsComeFromTheGeneratorPassedIn() {
        let batch = MiningBatch(embeddings: randomTensor(12, 3, seed: 7), labels: (0 ..< 12).map { $0 % 3 })
        let miner = DistanceWeightedMiner()
        #expect(miner.tripletList(batch, seed: 1) == miner.tripletList(batch, seed: 1))
        #expect(miner.tripletList(batch, seed: 1) != miner.tripletList(batch, seed: 2))
    }

    /// Against other references, as many triplets as references of the label, none of them itself.
    @Test func referencesSupplyPositivesAndNegatives() {
        let batch = MiningBatch(embeddings: Tensor([[1, 0, 0]]), labels: [0], references: Self.circle.embeddings,
                                referenceLabels: [0, 0, 1, 1, 1, 1], identity: [nil])
        let t = DistanceWeightedMiner().tripletList(batch)
        #expect(t.count == 2)
        #expect(t.allSatisfy { [0, 1].contains($0[1]) && [2, 3, 4].contains($0[2]) })
    }

    @Test func degenerateBatchesGiveNoTriplets() throws {
        for batch in F.degenerate.prefix(3) { #expect(try DistanceWeightedMiner().tuples(batch).count == 0) }
    }

    func maxDifference(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) } }
}
