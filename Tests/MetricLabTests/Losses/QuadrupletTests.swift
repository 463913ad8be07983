import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct QuadrupletTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[0, 0], [0.9, 0.2], [0.3, 0.8], [1.2, 1.1], [0.5, 0.4], [0.2, 0.3]])
    static let labels = [0, 0, 1, 1, 2, 2]

    /// Eq. 4 with squared distances, α₁ = 1, α₂ = 0.5, each term averaged over its tuples.
    @Test func paperFormByHand() throws {
        func d2(_ i: Int, _ j: Int) -> Double { pow(F.distance(Self.x, i, j), 2) }
        let labels = Self.labels
        var triplet: [Double] = [], interClass: [Double] = []
        for (i, j) in F.positivePairs(labels) {
            for k in labels.indices where labels[k] != labels[i] { triplet.append(max(0, d2(i, j) - d2(i, k) + 1)) }
            for l in labels.indices { for k in l + 1 ..< labels.count
                where labels[l] != labels[k] && labels[l] != labels[i] && labels[k] != labels[i] {
                interClass.append(max(0, d2(i, j) - d2(l, k) + 0.5))
            } }
        }
        #expect(interClass.count == 6 * 4)
        let expected = F.mean(triplet) + F.mean(interClass)
        #expect(try abs(Quadruplet()(Self.x, labels: labels).scalar - expected) < 1e-12)
    }

    /// With `.sum`, the paper's eq. 4 as written: both sums over ordered indices, so each unordered
    /// positive pair against each unordered pair of two other classes counts four times.
    @Test func sumIsThePapersSumOverOrderedTuples() throws {
        func d2(_ i: Int, _ j: Int) -> Double { pow(F.distance(Self.x, i, j), 2) }
        let labels = Self.labels
        var triplet = 0.0, interClass = 0.0, tuples = 0
        for i in labels.indices { for j in labels.indices where j != i && labels[j] == labels[i] {
            for k in labels.indices where labels[k] != labels[i] { triplet += max(0, d2(i, j) - d2(i, k) + 1) }
            for l in labels.indices { for k in labels.indices
                where labels[l] != labels[k] && labels[l] != labels[i] && labels[k] != labels[i] {
                interClass += max(0, d2(i, j) - d2(l, k) + 0.5)
                tuples += 1
            } }
        } }
        #expect(tuples == 3 * 4 * 4, "3 unordered positive pairs against 4 unordered pairs of two other classes, each four ways")
        let loss = Quadruplet(reducer: .sum)
        #expect(try abs(loss(Self.x, labels: labels).scalar - (triplet + interClass)) < 1e-12)
    }

    @Test(arguments: [Quadruplet(), Quadruplet(reducer: .sum), Quadruplet(margin: 0.3, secondMargin: 0.1, distance: Euclidean())])
    func gradientMatchesFiniteDifferences(loss: Quadruplet) throws {
        let x = randomTensor(12, 3, seed: 16)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            let (value, gradients) = try valueWithGradient(at: [x]) { try Quadruplet()($0[0], labels: labels) }
            #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
        }
    }
}
