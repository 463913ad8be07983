import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The instance loss: each example classified against the batch by γ-scaled cosines.
@Suite struct InstanceLossTests {
    let points = Tensor([[1.0, 0.2], [-0.4, 1.2], [0.3, -0.9], [-1, -0.1]])

    /// −log softmax(γ cos(xᵢ, ·))[target], written out.
    func expected(gamma: Double, targets: [Int]) -> Double {
        func cosine(_ i: Int, _ j: Int) -> Double {
            let a = points.row(i), b = points.row(j)
            return (a[0] * b[0] + a[1] * b[1]) / (hypot(a[0], a[1]) * hypot(b[0], b[1]))
        }
        return (0 ..< 4).map { i in
            let logits = (0 ..< 4).map { gamma * cosine(i, $0) }
            return log(logits.map(exp).reduce(0, +)) - logits[targets[i]]
        }.reduce(0, +) / 4
    }

    /// One example per instance, labelled in batch order: each example is its own target.
    @Test func instancesAreTheirOwnClass() throws {
        #expect(try abs(InstanceLoss(gamma: 3)(points, labels: [0, 1, 2, 3]).scalar - expected(gamma: 3, targets: [0, 1, 2, 3])) < 1e-12)
        #expect(try abs(InstanceLoss.paper(points, labels: [0, 1, 2, 3]).scalar - expected(gamma: 64, targets: [0, 1, 2, 3])) < 1e-12)
    }

    /// PML's targets: the rank of each label among the batch's sorted distinct labels (2 → 0, 5 → 1,
    /// 9 → 2), used as a column of the batch, whatever that example's label.
    @Test func targetsAreLabelRanks() throws {
        let value = try InstanceLoss(gamma: 2)(points, labels: [5, 2, 9, 5]).scalar
        #expect(abs(value - expected(gamma: 2, targets: [1, 0, 2, 1])) < 1e-12)
    }

    @Test func gradient() throws {
        let x = randomTensor(6, 3, seed: 61)
        for labels in [[0, 1, 2, 3, 4, 5], [3, 3, 1, 0, 1, 7]] {
            #expect(try gradientError(at: [x]) { try InstanceLoss(gamma: 5)($0[0], labels: labels) } < 1e-6)
        }
    }

    @Test func degenerateBatchesAreFinite() throws {
        // A batch of one is its own and only column: −log 1 = 0.
        #expect(try InstanceLoss()(Tensor([[0.3, -2.0]]), labels: [4]).scalar == 0)
        for (x, labels) in [(points, [1, 1, 1, 1]), (points, [0, 1, 1, 1]), (Tensor([[0, 0], [1, 0]]), [0, 1])] {
            let (value, grads) = try valueWithGradient(at: [x]) { try InstanceLoss()($0[0], labels: labels) }
            #expect(value.isFinite && grads[0].scalars.allSatisfy(\.isFinite))
        }
    }

    @Test func minedTuplesAreRefused() {
        let tuples = IndexTuples.pairs(positive: PairIndices(anchors: [1], others: [2]), negative: PairIndices(anchors: [0], others: [1]))
        expectRefused("indices_tuple") { try InstanceLoss()(LossBatch(points, labels: [0, 1, 1, 2], tuples: tuples)) }
    }
}
