import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct TripletTests {
    typealias F = PairLossFixtures

    /// All triplets of the square with margin 0.5, mean over the violating ones, by the formula.
    @Test func allTripletsByHand() {
        let loss = Triplet(margin: 0.5, distance: Euclidean(normalized: false))
        var terms: [Double] = []
        for (a, p) in F.positivePairs(F.squareLabels) {
            for n in 0 ..< 4 where F.squareLabels[n] != F.squareLabels[a] {
                terms.append(max(0, F.distance(F.square, a, p) - F.distance(F.square, a, n) + 0.5))
            }
        }
        // Only anchor 2 (with n = 0, 1) and anchor 3 (with n = 1) violate: 0.5, 2.5 − √5 twice.
        #expect(abs(F.meanOfPositive(terms) - (0.5 + 2 * (2.5 - sqrt(5))) / 3) < 1e-12)
        #expect(abs(loss(F.square, labels: F.squareLabels).scalar - F.meanOfPositive(terms)) < 1e-12)
    }

    /// FaceNet on unit vectors at 0°, 40° (class 0) and 60°, 180° (class 1), squared distances
    /// d(θ) = 2 − 2cos θ. Semi-hard negatives: (0,1)→2, (1,0)→3, (3,2)→1 satisfy the margin; (2,3)
    /// has no negative farther than d(120°), so takes the farthest, point 0: 3 − 1 + 0.2.
    @Test func paperSemiHardByHand() {
        let degrees = [0.0, 40, 60, 180]
        let x = Tensor(degrees.map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        func d(_ theta: Double) -> Double { 2 - 2 * cos(theta * .pi / 180) }
        let expected = (d(120) - d(60) + 0.2) / 4
        #expect(abs(Triplet.paper(x, labels: [0, 0, 1, 1]).scalar - expected) < 1e-12)
    }

    /// On cosine similarity the hinge is [s(a,n) − s(a,p) + α]₊.
    @Test func similarityTripletsByHand() {
        let x = Tensor([[1, 0], [1, 1], [0, 1], [-1, 0.2]])
        let u = F.normalized(x), labels = [0, 0, 1, 1]
        func s(_ i: Int, _ j: Int) -> Double { zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
        var terms: [Double] = []
        for (a, p) in F.positivePairs(labels) {
            for n in 0 ..< 4 where labels[n] != labels[a] { terms.append(max(0, s(a, n) - s(a, p) + 0.3)) }
        }
        let loss = Triplet(margin: 0.3, distance: CosineSimilarity(), reduction: .mean)
        #expect(abs(loss(x, labels: labels).scalar - F.mean(terms)) < 1e-12)
    }

    /// PML 2.x's smooth form keeps the margin inside the soft-plus: log(1 + exp(d(a,p) − d(a,n) + α)).
    @Test func smoothFormByHand() {
        var terms: [Double] = []
        for (a, p) in F.positivePairs(F.squareLabels) {
            for n in 0 ..< 4 where F.squareLabels[n] != F.squareLabels[a] {
                terms.append(log(1 + exp(F.distance(F.square, a, p) - F.distance(F.square, a, n) + 0.5)))
            }
        }
        let loss = Triplet(margin: 0.5, distance: Euclidean(normalized: false), reduction: .mean, smooth: true)
        #expect(abs(loss(F.square, labels: F.squareLabels).scalar - F.mean(terms)) < 1e-12)
    }

    @Test(arguments: [
        Triplet(), .paper, Triplet(mining: .hard), Triplet(mining: .random), Triplet(smooth: true),
        Triplet(swap: true), Triplet(margin: 0.3, mining: .margin(0.3, .semiHard)),
        Triplet(distance: CosineSimilarity(), swap: true), Triplet(mining: .batchHard),
        Triplet(distance: CosineSimilarity()), Triplet(reduction: .sum, smooth: true),
    ])
    func gradientMatchesFiniteDifferences(loss: Triplet) {
        let x = randomTensor(12, 3, seed: 12)
        #expect(gradientError(at: [x]) { loss($0[0], labels: F.labels12) } < 1e-6)
    }

    /// All triplets are summed anchor by anchor without being listed; the value must be the
    /// reduction of the listed triplets' hinges, for each reduction, on distances and similarities.
    @Test(arguments: [Reduction.mean, .meanOfPositive, .sum])
    func allTripletsEqualTheListedTriplets(reduction: Reduction) {
        let x = randomTensor(40, 2, seed: 5), labels = (0 ..< 40).map { $0 % 5 }
        for distance in [Euclidean(), CosineSimilarity()] as [any Distance] {
            let loss = Triplet(margin: 0.1, distance: distance, reduction: reduction)
            let t = loss.triplets(x, labels: labels), d = distance.matrix(x).scalars
            let terms = (0 ..< t.count).map { k -> Double in
                let ap = d[t.anchors[k] * 40 + t.positives[k]], an = d[t.anchors[k] * 40 + t.negatives[k]]
                return max(0, (distance.isSimilarity ? an - ap : ap - an) + 0.1)
            }
            #expect(t.count == 40 * 7 * 32)
            let expected = reduction == .sum ? terms.reduce(0, +) : reduction == .mean ? F.mean(terms) : F.meanOfPositive(terms)
            #expect(abs(loss(x, labels: labels).scalar - expected) < 1e-12)
        }
    }

    /// A random miner draws the same triplets for the same seed and step, others for another
    /// seed or another step.
    @Test func randomMiningIsSeeded() {
        let x = randomTensor(12, 2, seed: 3)
        let value = { (seed: UInt64, step: Int) in
            Triplet(margin: 1, mining: .random, seed: seed).atEpoch(step)(x, labels: F.labels12).scalar
        }
        #expect(value(1, 0) == value(1, 0))
        #expect(value(1, 0) != value(2, 0))
        #expect(value(1, 0) != value(1, 1))
    }

    /// The triplets a figure draws are those the loss sums over: here FaceNet's semi-hard choice.
    @Test func exposesItsTriplets() {
        let x = Tensor([[0, 0], [1, 0], [0.5, 0], [1.4, 0], [3, 0]])
        let t = Triplet(distance: Euclidean(normalized: false), mining: .semiHard).triplets(x, labels: [0, 0, 1, 1, 1])
        #expect(t.count == 8)
        #expect((t.anchors[0], t.positives[0], t.negatives[0]) == (0, 1, 3))
    }

    @Test func degenerateBatchesAreFinite() {
        for (x, labels) in F.degenerateBatches {
            for loss in [Triplet(), .paper, Triplet(mining: .hard), Triplet(swap: true)] {
                let (value, gradients) = valueWithGradient(at: [x]) { loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }
}
