import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct IntraPairVarianceTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[1, 0], [0.8, 0.5], [0.2, 1], [0, 1], [-0.4, 0.9], [0.6, -0.8], [-1, -0.2]])
    static let labels = [0, 0, 0, 1, 1, 2, 2]

    /// The paper's eq. 7 on cosines: [(1 − ε⁺)μ⁺ − cos]₊² over positive pairs and
    /// [cos − (1 + ε⁻)μ⁻]₊² over negative pairs, each averaged.
    @Test func cosineFormByHand() throws {
        let u = F.normalized(Self.x)
        func s(_ p: (Int, Int)) -> Double { zip(u.row(p.0), u.row(p.1)).reduce(0) { $0 + $1.0 * $1.1 } }
        let positives = F.positivePairs(Self.labels).map(s), negatives = F.negativePairs(Self.labels).map(s)
        let (mp, mn) = (F.mean(positives), F.mean(negatives))
        let pull = positives.map { pow(max(0, 0.9 * mp - $0), 2) }, push = negatives.map { pow(max(0, $0 - 1.05 * mn), 2) }
        #expect(pull.contains(0) && pull.contains { $0 > 0 } && push.contains(0) && push.contains { $0 > 0 })
        let loss = IntraPairVariance(positiveEpsilon: 0.1, negativeEpsilon: 0.05)
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - (F.mean(pull) + F.mean(push))) < 1e-12)
    }

    /// On a distance the comparisons turn: d above (1 + ε⁺)μ⁺, d below (1 − ε⁻)μ⁻.
    @Test func distanceFormByHand() throws {
        let d = { (p: (Int, Int)) in F.distance(Self.x, p.0, p.1) }
        let positives = F.positivePairs(Self.labels).map(d), negatives = F.negativePairs(Self.labels).map(d)
        let (mp, mn) = (F.mean(positives), F.mean(negatives))
        let pull = positives.map { pow(max(0, $0 - 1.2 * mp), 2) }, push = negatives.map { pow(max(0, 0.9 * mn - $0), 2) }
        let loss = IntraPairVariance(positiveEpsilon: 0.2, negativeEpsilon: 0.1, distance: Euclidean(normalized: false), reducer: .sum)
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - (pull.reduce(0, +) + push.reduce(0, +))) < 1e-12)
    }

    /// As every PML pair loss, it gives 0 when neither kind of pair has more than one member.
    @Test func tooFewPairsGiveZero() throws {
        let tuples = IndexTuples.triplets(TripletIndices(anchors: [0], positives: [1], negatives: [3]))
        #expect(try IntraPairVariance()(LossBatch(Self.x, labels: Self.labels, tuples: tuples)).scalar == 0)
    }

    /// The means are on the tape: the gradient flows through them too.
    @Test(arguments: [IntraPairVariance(), IntraPairVariance(positiveEpsilon: 0.3, negativeEpsilon: 0.2, distance: Euclidean()),
                      IntraPairVariance(distance: Euclidean(squared: true, normalized: false), reducer: .meanOfPositive)])
    func gradientMatchesFiniteDifferences(loss: IntraPairVariance) throws {
        let x = randomTensor(12, 3, seed: 19)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
        #expect(try gradientError(at: [x]) { try loss.mined(by: .hard)($0[0], labels: F.labels12) } < 1e-6)
        let views = randomTensor(12, 3, seed: 20)
        #expect(try gradientError(at: [x, views]) { try SelfSupervised(loss, symmetric: false)(LossBatch(views: $0[0], $0[1])) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches + [(Tensor([[0.3, -1]]), [0])] {
            for loss in [IntraPairVariance(), IntraPairVariance(distance: Euclidean())] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
        // Pairs all alike vary by nothing.
        #expect(try IntraPairVariance()(Tensor([[1, 0], [1, 0], [0, 1], [0, 1]]), labels: [0, 0, 1, 1]).scalar == 0)
    }

    /// The paper trains it beside the tuplet margin loss: the sum is the parts'.
    @Test func addsToTupletMargin() throws {
        let x = randomTensor(12, 3, seed: 24)
        let parts = try TupletMargin()(x, labels: F.labels12).scalar + 0.5 * IntraPairVariance.paper(x, labels: F.labels12).scalar
        #expect(try abs((TupletMargin.paper + 0.5 * IntraPairVariance.paper)(x, labels: F.labels12).scalar - parts) < 1e-12)
    }

    @Test func badReducerIsNamed() throws {
        let error = #expect(throws: LossError.self) {
            try IntraPairVariance(reducer: .perAnchor(.divisor))(Self.x, labels: Self.labels)
        }
        #expect(error?.source == "divisor reducer")
    }
}
