import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The prototypical loss: both splits against hand-computed cases and an independent loop, its
/// gradient against central differences, and the batches it refuses.
@Suite struct PrototypicalTests {
    /// Two support examples per class: c₀ = (1, 0), c₁ = (0, 3); query (1, 0) is at squared
    /// distances 0 and 10, query (1, 3) at 9 and 1.
    @Test func supportQueryByHand() throws {
        let x = Tensor([[0, 0], [2, 0], [1, 0], [0, 2], [0, 4], [1, 3]]), labels = [0, 0, 0, 1, 1, 1]
        let expected = (log(1 + exp(-10.0)) + log(1 + exp(-8.0))) / 2
        let value = try Prototypical(split: .supportQuery(support: 2))(x, labels: labels).scalar
        #expect(abs(value - expected) < 1e-14)
    }

    /// One dimension, classes {0, 2} and {5}: example 0's own prototype is 2 (d = 4) against 5
    /// (d = 25), example 1's is 0 (d = 4) against 5 (d = 9); the lone 5 has no query.
    @Test func leaveOneOutByHand() throws {
        let x = Tensor([[0], [2], [5]]), labels = [0, 0, 1]
        let expected = (log(1 + exp(-21.0)) + log(1 + exp(-5.0))) / 2
        #expect(abs(try Prototypical()(x, labels: labels).scalar - expected) < 1e-14)
    }

    /// Leave-one-out on a random batch against a plain loop that makes every prototype anew.
    @Test func leaveOneOutMatchesALoop() throws {
        let x = randomTensor(11, 3, seed: 41), labels = [0, 1, 2, 0, 1, 2, 0, 1, 0, 2, 3]
        func squared(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        func mean(_ rows: [Int]) -> [Double] {
            (0 ..< 3).map { j in rows.reduce(0) { $0 + x.row($1)[j] } / Double(rows.count) }
        }
        let queries = labels.indices.filter { i in labels.filter { $0 == labels[i] }.count >= 2 }
        let total = queries.reduce(0.0) { sum, i in
            let logits = (0 ... 3).map { k in
                -squared(x.row(i), mean(labels.indices.filter { labels[$0] == k && $0 != i }))
            }
            return sum + log(logits.reduce(0) { $0 + exp($1) }) - logits[labels[i]]
        }
        #expect(abs(try Prototypical()(x, labels: labels).scalar - total / Double(queries.count)) < 1e-12)
    }

    @Test(arguments: [PrototypeSplit.leaveOneOut, .supportQuery(support: 1), .supportQuery(support: 2)])
    func gradientMatchesFiniteDifferences(split: PrototypeSplit) throws {
        let x = randomTensor(12, 3, seed: 42), labels = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]
        let check = try GradientCheck(Prototypical(split: split), embeddings: x, labels: labels)
        #expect(check.passes(), "\(check)")
    }

    @Test func prototypesAreClassMeans() {
        let x = Tensor([[0, 0], [2, 4], [1, 1], [3, -1]])
        #expect(Prototypical.prototypes(of: x, labels: [1, 1, 0, 0], classes: 2).scalars == [2, 0, 1, 2])
    }

    @Test func refusesBatchesWithoutQueries() {
        let x = Tensor([[0], [1], [2]])
        #expect(throws: LossError("prototypical", "support must be at least 1 example per class, got 0")) {
            try Prototypical(split: .supportQuery(support: 0))(x, labels: [0, 0, 1])
        }
        #expect(throws: LossError("prototypical", "no class of the batch has more than 2 examples, so none is left as a query")) {
            try Prototypical(split: .supportQuery(support: 2))(x, labels: [0, 0, 1])
        }
        #expect(throws: LossError("prototypical", "every class of the batch has a single example, so none has a prototype without itself")) {
            try Prototypical()(x, labels: [0, 1, 2])
        }
    }
}
