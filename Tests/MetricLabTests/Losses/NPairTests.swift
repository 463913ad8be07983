import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct NPairTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[0.5, 0.1], [0.2, -0.4], [0.3, -0.2], [0.6, 0.3], [-0.5, 0.2], [-0.4, 0.4], [0.1, 0.1]])
    /// Classes 0: rows 1, 2; 1: rows 0, 3; 2: rows 4, 5; 3: row 6 alone (no pair).
    static let labels = [1, 0, 0, 1, 2, 2, 3]
    /// One pair per class, by label: (1, 2), (0, 3), (4, 5).
    static let anchors = [1, 0, 4], positives = [2, 3, 5]

    func dot(_ i: Int, _ j: Int) -> Double { zip(Self.x.row(i), Self.x.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
    func squaredNorm(_ i: Int) -> Double { dot(i, i) }

    /// Eq. 6 on the inner product, with the regulariser ¼λ(mean‖f_a‖² + mean‖f_p‖²), λ = 0.002.
    @Test func multiClassPaperByHand() throws {
        let terms = (0 ..< 3).map { i in
            log(1 + (0 ..< 3).filter { $0 != i }.map { exp(dot(Self.anchors[i], Self.positives[$0]) - dot(Self.anchors[i], Self.positives[i])) }.reduce(0, +))
        }
        let regulariser = 0.25 * 0.002 * (F.mean(Self.anchors.map(squaredNorm)) + F.mean(Self.positives.map(squaredNorm)))
        #expect(try abs(NPair.paper(Self.x, labels: Self.labels).scalar - (F.mean(terms) + regulariser)) < 1e-12)
    }

    /// Eq. 5: one logistic term per negative pair.
    @Test func oneVsOneByHand() throws {
        let terms = (0 ..< 3).map { i in
            (0 ..< 3).filter { $0 != i }.map { log(1 + exp(dot(Self.anchors[i], Self.positives[$0]) - dot(Self.anchors[i], Self.positives[i]))) }.reduce(0, +)
        }
        let loss = NPair(form: .oneVsOne, distance: DotProduct())
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - F.mean(terms)) < 1e-12)
    }

    /// Every ordered positive pair, with every example of another class as a negative.
    @Test func everyPairByHand() throws {
        let terms = F.positivePairs(Self.labels).map { a, p in
            log(1 + Self.labels.indices.filter { Self.labels[$0] != Self.labels[a] }.map { exp(dot(a, $0) - dot(a, p)) }.reduce(0, +))
        }
        let loss = NPair(pairing: .everyPair, distance: DotProduct())
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - F.mean(terms)) < 1e-12)
    }

    @Test(arguments: [NPair(), .paper, NPair(form: .oneVsOne), NPair(pairing: .everyPair),
                      NPair(form: .oneVsOne, pairing: .everyPair, distance: Euclidean(squared: true, normalized: false))])
    func gradientMatchesFiniteDifferences(loss: NPair) throws {
        let x = randomTensor(12, 3, seed: 14)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [NPair(), .paper, NPair(pairing: .everyPair), NPair(form: .oneVsOne)] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }
}
