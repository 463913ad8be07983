import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct NCATests {
    typealias F = PairLossFixtures

    /// pᵢ = Σ_{j ∈ Cᵢ} exp(−s·d(i,j)) / Σ_{k ≠ i} exp(−s·d(i,k)) of each example, d the squared distance.
    static func probabilities(_ x: Tensor, _ labels: [Int], scale: Double) -> [Double] {
        labels.indices.map { i in
            let w = labels.indices.map { k in k == i ? 0 : exp(-scale * pow(F.distance(x, i, k), 2)) }
            return labels.indices.filter { labels[$0] == labels[i] }.reduce(0) { $0 + w[$1] } / w.reduce(0, +)
        }
    }

    /// PML's form: −log pᵢ on normalised embeddings, averaged over the examples with a classmate
    /// (example 4 is alone in its class and has no term).
    @Test func logProbabilityByHand() throws {
        let x = Tensor([[1, 0], [0.8, 0.6], [0, 1], [-0.6, 0.8], [0.6, -0.8]]), labels = [0, 0, 1, 1, 2]
        let p = Self.probabilities(F.normalized(x), labels, scale: 2)
        let expected = p[0 ..< 4].reduce(0) { $0 - log($1) } / 4
        #expect(try abs(NCA(softmaxScale: 2)(x, labels: labels).scalar - expected) < 1e-12)
    }

    /// The paper's f: −pᵢ averaged, on the squared distance of the embeddings as given.
    @Test func paperObjectiveByHand() throws {
        let x = Tensor([[0, 0], [0.5, 0.2], [1, 1], [1.2, 0.7], [0.1, 0.9]]), labels = [0, 0, 1, 1, 0]
        let p = Self.probabilities(x, labels, scale: 1)
        #expect(try abs(NCA.paper(x, labels: labels).scalar + p.reduce(0, +) / 5) < 1e-12)
    }

    /// With mined tuples each term is weighted by how often its example appears in them, over the
    /// count of the most frequent: here 0 and 1 appear three times, 2 twice, 3 once.
    @Test func minerWeightsByHand() throws {
        let x = Tensor([[1, 0], [0.8, 0.6], [0, 1], [-0.6, 0.8]]), labels = [0, 0, 1, 1]
        let tuples = IndexTuples.triplets(TripletIndices(anchors: [0, 0, 0], positives: [1, 1, 1], negatives: [2, 3, 2]))
        let p = Self.probabilities(F.normalized(x), labels, scale: 1)
        let weights = [3.0, 3, 2, 1].map { $0 / 3 }
        let expected = zip(p, weights).reduce(0) { $0 - log($1.0) * $1.1 } / 4
        #expect(try abs(NCA()(LossBatch(x, labels: labels, tuples: tuples)).scalar - expected) < 1e-12)
    }

    /// Against other references the example's own reference is left out of the softmax; with none
    /// marked every reference is a candidate, as PML compares a query set with a reference set.
    @Test func comparesWithReferences() throws {
        let x = Tensor([[1, 0], [0, 1]]), r = Tensor([[0.9, 0.1], [1, 0], [0.1, 1]])
        let u = F.normalized(x), v = F.normalized(r)
        func w(_ i: Int, _ j: Int) -> Double { exp(-zip(u.row(i), v.row(j)).reduce(0) { $0 + pow($1.0 - $1.1, 2) }) }
        let all = LossBatch(x, labels: [0, 1], references: r, referenceLabels: [0, 0, 1])
        let expectedAll = -(log((w(0, 0) + w(0, 1)) / (w(0, 0) + w(0, 1) + w(0, 2))) + log(w(1, 2) / (w(1, 0) + w(1, 1) + w(1, 2)))) / 2
        #expect(try abs(NCA()(all).scalar - expectedAll) < 1e-12)
        let own = LossBatch(x, labels: [0, 1], references: r, referenceLabels: [0, 0, 1], identity: [1, nil])
        let expectedOwn = -(log(w(0, 0) / (w(0, 0) + w(0, 2))) + log(w(1, 2) / (w(1, 0) + w(1, 1) + w(1, 2)))) / 2
        #expect(try abs(NCA()(own).scalar - expectedOwn) < 1e-12)
    }

    @Test(arguments: [NCA(), .paper, NCA(softmaxScale: 3, distance: CosineSimilarity()), NCA(distance: Euclidean(), reducer: .sum)])
    func gradientMatchesFiniteDifferences(loss: NCA) throws {
        let x = randomTensor(12, 3, seed: 13)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
        let mined = loss.mined(by: .hard)
        #expect(try gradientError(at: [x]) { try mined($0[0], labels: F.labels12) } < 1e-6)
        let r = randomTensor(7, 3, seed: 14)
        #expect(try gradientError(at: [x, r]) {
            try loss(LossBatch($0[0], labels: F.labels12, references: $0[1], referenceLabels: [0, 1, 2, 0, 1, 2, 0]))
        } < 1e-6)
    }

    /// One class: every neighbour is right, pᵢ = 1 and the loss 0; classes of one and a batch of
    /// one: no term at all.
    @Test func degenerateBatches() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [NCA(), .paper] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
        #expect(try abs(NCA()(F.square, labels: [2, 2, 2, 2]).scalar) < 1e-15)
        #expect(try NCA()(F.square, labels: [0, 1, 2, 3]).scalar == 0)
        #expect(try NCA()(Tensor([[0.5, 1]]), labels: [0]).scalar == 0)
    }

    @Test func badReducersAreNamed() throws {
        let weights = #expect(throws: LossError.self) {
            try NCA(reducer: .classWeighted([1, 2]))(F.square, labels: [0, 0, 2, 2])
        }
        #expect(weights?.message == "2 class weights, but a term belongs to class 2; give one weight per class")
        let divisor = #expect(throws: LossError.self) { try NCA(reducer: .divisor)(F.square, labels: F.squareLabels) }
        #expect(divisor?.source == "divisor reducer")
    }
}
