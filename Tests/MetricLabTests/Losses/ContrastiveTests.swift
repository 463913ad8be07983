import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct ContrastiveTests {
    typealias F = PairLossFixtures

    /// PML's form on the square: D01 = 1, D23 = 2; negatives D02 = 2, D03 = √8, D12 = D13 = √5.
    @Test func distanceFormByHand() throws {
        let loss = Contrastive(positiveMargin: 0.2, negativeMargin: 2.5, distance: Euclidean(normalized: false))
        let positive = ((1 - 0.2) + (2 - 0.2)) / 2
        let negative = ((2.5 - 2) + 2 * (2.5 - sqrt(5))) / 3
        #expect(try abs(loss(F.square, labels: F.squareLabels).scalar - (positive + negative)) < 1e-12)
    }

    /// Hadsell's eq. 4, averaged over all 12 ordered pairs: ½D² for positives, ½[1 − D]₊² for negatives.
    @Test func paperFormByHand() throws {
        let x = Tensor([[0, 0], [0.6, 0], [0, 0.5], [0.3, 0.9]])
        let labels = [0, 0, 1, 1]
        let pull = F.positivePairs(labels).map { 0.5 * pow(F.distance(x, $0.0, $0.1), 2) }
        let push = F.negativePairs(labels).map { 0.5 * pow(max(0, 1 - F.distance(x, $0.0, $0.1)), 2) }
        let expected = (pull + push).reduce(0, +) / 12
        #expect(try abs(Contrastive.paper(x, labels: labels).scalar - expected) < 1e-12)
    }

    /// The seeds' similarity form: [1 − s]₊ on positives, [s − 0.5]₊ on negatives, s = cos.
    @Test func similarityFormByHand() throws {
        let x = Tensor([[1, 0], [1, 1], [0, 1], [-1, 0.2]])
        let labels = [0, 0, 1, 1]
        let u = F.normalized(x)
        func cos(_ i: Int, _ j: Int) -> Double { zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
        let pull = F.positivePairs(labels).map { max(0, 1 - cos($0.0, $0.1)) }
        let push = F.negativePairs(labels).map { max(0, cos($0.0, $0.1) - 0.5) }
        let expected = F.meanOfPositive(pull) + F.meanOfPositive(push)
        #expect(expected > 0)
        #expect(try abs(Contrastive.similarity(x, labels: labels).scalar - expected) < 1e-12)
    }

    @Test(arguments: [Contrastive(), .paper, .similarity, Contrastive(positiveMargin: 0.3, hinge: .halfSquared)])
    func gradientMatchesFiniteDifferences(loss: Contrastive) throws {
        let x = randomTensor(12, 3, seed: 11)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [Contrastive(), .paper, .similarity] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }
}
