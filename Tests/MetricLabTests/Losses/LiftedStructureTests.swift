import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct LiftedStructureTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[0, 0], [0.7, 0.1], [0.2, 0.9], [1.1, 1.0], [0.4, 0.5]])
    static let labels = [0, 0, 1, 1, 1]

    func d(_ i: Int, _ j: Int) -> Double { F.distance(Self.x, i, j) }
    func negatives(of i: Int) -> [Int] { Self.labels.indices.filter { Self.labels[$0] != Self.labels[i] } }
    var unorderedPositivePairs: [(Int, Int)] { F.positivePairs(Self.labels).filter { $0.0 < $0.1 } }

    /// Eq. 4 with α = 1: 1/(2|P|) Σ over unordered positive pairs of [J]₊².
    @Test func smoothFormByHand() throws {
        let j = unorderedPositivePairs.map { i, k in
            log(negatives(of: i).map { exp(1 - d(i, $0)) }.reduce(0, +) + negatives(of: k).map { exp(1 - d(k, $0)) }.reduce(0, +)) + d(i, k)
        }
        let expected = j.map { pow(max(0, $0), 2) }.reduce(0, +) / Double(2 * j.count)
        #expect(try abs(LiftedStructure.paper(Self.x, labels: Self.labels).scalar - expected) < 1e-12)
    }

    /// Eq. 3 with α = 1: the hardest negative of either end.
    @Test func hardFormByHand() throws {
        let j = unorderedPositivePairs.map { i, k in
            max(negatives(of: i).map { 1 - d(i, $0) }.max()!, negatives(of: k).map { 1 - d(k, $0) }.max()!) + d(i, k)
        }
        let expected = j.map { pow(max(0, $0), 2) }.reduce(0, +) / Double(2 * j.count)
        let loss = LiftedStructure(form: .hard, distance: Euclidean(normalized: false))
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - expected) < 1e-12)
    }

    /// Hermans et al.: per anchor [log Σ_p exp d + log Σ_n exp(1 − d)]₊, averaged over anchors.
    @Test func generalizedFormByHand() throws {
        let terms = Self.labels.indices.map { i in
            let positives = Self.labels.indices.filter { $0 != i && Self.labels[$0] == Self.labels[i] }
            return max(0, log(positives.map { exp(d(i, $0)) }.reduce(0, +)) + log(negatives(of: i).map { exp(1 - d(i, $0)) }.reduce(0, +)))
        }
        let loss = LiftedStructure(form: .generalized, distance: Euclidean(normalized: false))
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - F.mean(terms)) < 1e-12)
    }

    /// The seeds' similarity form: log Σ_{k∈X⁺} exp(m − s) + log Σ_{k∈X⁻} exp(s), here m = 0.5.
    @Test func seedsSimilarityFormByHand() throws {
        let u = F.normalized(Self.x.gatherRows([1, 2, 3, 4]))
        let labels = [0, 0, 1, 1]
        func s(_ i: Int, _ j: Int) -> Double { zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
        let terms = labels.indices.map { i in
            let same = labels.indices.filter { $0 != i && labels[$0] == labels[i] }, other = labels.indices.filter { labels[$0] != labels[i] }
            return max(0, log(same.map { exp(0.5 - s(i, $0)) }.reduce(0, +)) + log(other.map { exp(s(i, $0)) }.reduce(0, +)))
        }
        let loss = LiftedStructure(form: .generalized, negativeMargin: 0, positiveMargin: 0.5, distance: CosineSimilarity())
        #expect(try abs(loss(Self.x.gatherRows([1, 2, 3, 4]), labels: labels).scalar - F.mean(terms)) < 1e-12)
    }

    @Test(arguments: [LiftedStructure(), .paper, .generalized, LiftedStructure(form: .hard),
                      LiftedStructure(distance: CosineSimilarity()), LiftedStructure(form: .hard, distance: CosineSimilarity())])
    func gradientMatchesFiniteDifferences(loss: LiftedStructure) throws {
        let x = randomTensor(12, 3, seed: 13)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [LiftedStructure(), .paper, .generalized, LiftedStructure(form: .hard)] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }

    /// The eq. 3/4 forms need a positive and a negative pair; without them the loss is 0.
    @Test func oneClassGivesZero() throws {
        let x = randomTensor(4, 2, seed: 1)
        #expect(try LiftedStructure()(x, labels: [1, 1, 1, 1]).scalar == 0)
        #expect(try LiftedStructure(form: .hard)(x, labels: [0, 1, 2, 3]).scalar == 0)
    }
}
