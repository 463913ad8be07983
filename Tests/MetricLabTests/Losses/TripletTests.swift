import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct TripletTests {
    typealias F = PairLossFixtures

    /// All triplets of the square with margin 0.5, mean over the violating ones, by the formula.
    @Test func allTripletsByHand() throws {
        let loss = Triplet(margin: 0.5, distance: Euclidean(normalized: false))
        var terms: [Double] = []
        for (a, p) in F.positivePairs(F.squareLabels) {
            for n in 0 ..< 4 where F.squareLabels[n] != F.squareLabels[a] {
                terms.append(max(0, F.distance(F.square, a, p) - F.distance(F.square, a, n) + 0.5))
            }
        }
        // Only anchor 2 (with n = 0, 1) and anchor 3 (with n = 1) violate: 0.5, 2.5 − √5 twice.
        #expect(abs(F.meanOfPositive(terms) - (0.5 + 2 * (2.5 - sqrt(5))) / 3) < 1e-12)
        #expect(try abs(loss(F.square, labels: F.squareLabels).scalar - F.meanOfPositive(terms)) < 1e-12)
    }

    /// FaceNet on unit vectors at 0°, 40° (class 0) and 60°, 180° (class 1), squared distances
    /// d(θ) = 2 − 2cos θ. Semi-hard negatives: (0,1)→2, (1,0)→3, (3,2)→1 satisfy the margin; (2,3)
    /// has no negative farther than d(120°), so takes the farthest, point 0: 3 − 1 + 0.2.
    @Test func paperSemiHardByHand() throws {
        let degrees = [0.0, 40, 60, 180]
        let x = Tensor(degrees.map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        func d(_ theta: Double) -> Double { 2 - 2 * cos(theta * .pi / 180) }
        let expected = (d(120) - d(60) + 0.2) / 4
        #expect(try abs(Triplet.paper(x, labels: [0, 0, 1, 1]).scalar - expected) < 1e-12)
    }

    /// On cosine similarity the hinge is [s(a,n) − s(a,p) + α]₊.
    @Test func similarityTripletsByHand() throws {
        let x = Tensor([[1, 0], [1, 1], [0, 1], [-1, 0.2]])
        let u = F.normalized(x), labels = [0, 0, 1, 1]
        func s(_ i: Int, _ j: Int) -> Double { zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
        var terms: [Double] = []
        for (a, p) in F.positivePairs(labels) {
            for n in 0 ..< 4 where labels[n] != labels[a] { terms.append(max(0, s(a, n) - s(a, p) + 0.3)) }
        }
        let loss = Triplet(margin: 0.3, distance: CosineSimilarity(), reducer: .mean)
        #expect(try abs(loss(x, labels: labels).scalar - F.mean(terms)) < 1e-12)
    }

    /// PML 2.x's smooth form keeps the margin inside the soft-plus: log(1 + exp(d(a,p) − d(a,n) + α)).
    @Test func smoothFormByHand() throws {
        var terms: [Double] = []
        for (a, p) in F.positivePairs(F.squareLabels) {
            for n in 0 ..< 4 where F.squareLabels[n] != F.squareLabels[a] {
                terms.append(log(1 + exp(F.distance(F.square, a, p) - F.distance(F.square, a, n) + 0.5)))
            }
        }
        let loss = Triplet(margin: 0.5, distance: Euclidean(normalized: false), reducer: .mean, smooth: true)
        #expect(try abs(loss(F.square, labels: F.squareLabels).scalar - F.mean(terms)) < 1e-12)
    }

    @Test(arguments: [
        Triplet(), Triplet.paper, Triplet().mined(by: .hard), Triplet().mined(by: .random), Triplet(smooth: true),
        Triplet(swap: true), Triplet(margin: 0.3).mined(by: .margin(0.3, .semiHard)),
        Triplet(distance: CosineSimilarity(), swap: true), Triplet().mined(by: .batchHard),
        Triplet(distance: CosineSimilarity()), Triplet(reducer: .sum, smooth: true),
    ] as [any Loss])
    func gradientMatchesFiniteDifferences(loss: any Loss) throws {
        let x = randomTensor(12, 3, seed: 12)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    /// All triplets are summed anchor by anchor without being listed; the value must be the
    /// reduction of the listed triplets' hinges, for each reduction, on distances and similarities.
    @Test(arguments: [Reducer.mean, .meanOfPositive, .sum])
    func allTripletsEqualTheListedTriplets(reduction: Reducer) throws {
        let x = randomTensor(40, 2, seed: 5), labels = (0 ..< 40).map { $0 % 5 }
        for distance in [Euclidean(), CosineSimilarity()] as [any Distance] {
            let loss = Triplet(margin: 0.1, distance: distance, reducer: reduction)
            let t = LossBatch(x, labels: labels).triplets, d = distance.matrix(x).scalars
            let terms = (0 ..< t.count).map { k -> Double in
                let ap = d[t.anchors[k] * 40 + t.positives[k]], an = d[t.anchors[k] * 40 + t.negatives[k]]
                return max(0, (distance.ordering == .largerIsCloser ? an - ap : ap - an) + 0.1)
            }
            #expect(t.count == 40 * 7 * 32)
            let expected = reduction == .sum ? terms.reduce(0, +) : reduction == .mean ? F.mean(terms) : F.meanOfPositive(terms)
            // Relative: the sum adds 8960 terms, in lanes per anchor where the list adds them in one chain.
            #expect(try abs(loss(x, labels: labels).scalar - expected) < 1e-14 * Swift.max(1, abs(expected)))
        }
    }

    /// A random miner draws the same triplets from the same generator, others from another.
    @Test func randomMiningIsSeeded() throws {
        let x = randomTensor(12, 2, seed: 3)
        let value = { (seed: UInt64) in
            try Triplet(margin: 1).mined(by: .random)(LossBatch(x, labels: F.labels12, generator: RNG(seed: seed))).scalar
        }
        #expect(try value(1) == value(1))
        #expect(try value(1) != value(2))
    }

    /// The triplets a figure draws are those the loss sums over: here FaceNet's semi-hard choice.
    @Test func exposesItsTriplets() throws {
        let x = Tensor([[0, 0], [1, 0], [0.5, 0], [1.4, 0], [3, 0]])
        let loss = Triplet().mined(by: SemiHardNegatives(distance: Euclidean(normalized: false)))
        let t = try loss.tuples(LossBatch(x, labels: [0, 0, 1, 1, 1])).triplets
        #expect(t.count == 8)
        #expect((t.anchors[0], t.positives[0], t.negatives[0]) == (0, 1, 3))
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [Triplet(), Triplet.paper, Triplet().mined(by: .hard), Triplet(swap: true)] as [any Loss] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }
}
