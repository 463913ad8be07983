import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// S2SD: the auxiliary-heads model, each term of the objective against a hand computation, every
/// trainable part against finite differences, and the refusals.
@Suite struct S2SDTests {
    static let labels = [0, 0, 1, 1, 2, 2]
    static let data = Dataset(name: "six", points: randomTensor(6, 2, seed: 40), labels: labels)
    static let model = MLP([2, 5, 4]).withAuxiliaryHeads(embedding: 2, auxiliary: [3, 6])

    /// Cosine similarities of the rows of `x`, by hand.
    static func cosines(_ x: Tensor) -> [[Double]] {
        let rows = (0 ..< x.rows).map { x.row($0) }
        let norms = rows.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        return rows.indices.map { i in rows.indices.map { j in zip(rows[i], rows[j]).reduce(0) { $0 + $1.0 * $1.1 } / (norms[i] * norms[j]) } }
    }

    /// T²/n Σᵢ KL(softmax(teacherᵢ/T) ‖ softmax(studentᵢ/T)), by hand.
    static func distillation(student: [[Double]], teacher: [[Double]], t: Double) -> Double {
        zip(student, teacher).reduce(0) { total, rows in
            total + SimilarityDistillationTests.kl(SimilarityDistillationTests.softmax(rows.1, t), SimilarityDistillationTests.softmax(rows.0, t))
        } * t * t / Double(student.count)
    }

    @Test func headsAreTheTrunkFollowedByALinearTargetAndTwoLayerAuxiliaryHeads() throws {
        var rng = RNG(seed: 1)
        let parameters = Self.model.initialParameters(for: Self.data, using: &rng)
        // Trunk 2→5→4 (4 tensors), target 4→2 (2), heads 4→3→3 and 4→6→6 (4 each).
        #expect(parameters.map { [$0.rows, $0.cols] } == [[2, 5], [1, 5], [5, 4], [1, 4], [4, 2], [1, 2],
                                                          [4, 3], [1, 3], [3, 3], [1, 3], [4, 6], [1, 6], [6, 6], [1, 6]])
        let x = Self.data.points, indices = Array(0 ..< 6)
        let outputs = Self.model.trainingOutputs(x, indices: indices, parameters: parameters)
        let features = MLP([2, 5, 4])(x, indices: indices, parameters: Array(parameters[0 ..< 4]))
        #expect(outputs.features?.scalars == features.scalars)
        let target = MLP([4, 2])(features, indices: indices, parameters: Array(parameters[4 ..< 6])).l2NormalizedRows()
        #expect(maxAbsDifference(outputs.embeddings.scalars, target.scalars) < 1e-15)
        let second = MLP([4, 6, 6], activation: .relu)(features, indices: indices, parameters: Array(parameters[10 ..< 14])).l2NormalizedRows()
        #expect(maxAbsDifference(outputs.auxiliary[1].scalars, second.scalars) < 1e-15)
        #expect(outputs.auxiliary.map(\.cols) == [3, 6])
        // At test time only the target head is used.
        #expect(Self.model(x, indices: indices, parameters: parameters).scalars == outputs.embeddings.scalars)
        #expect(Self.model.embeddingSize(for: Self.data) == 2)
    }

    /// The objective of a batch with hand-made heads and features.
    func batch(seed: UInt64) -> LossBatch {
        var batch = LossBatch(randomTensor(6, 2, seed: seed).l2NormalizedRows(), labels: Self.labels)
        batch.auxiliary = [randomTensor(6, 3, seed: seed + 1).l2NormalizedRows(), randomTensor(6, 6, seed: seed + 2).l2NormalizedRows()]
        batch.features = randomTensor(6, 4, seed: seed + 3)
        return batch
    }

    @Test func eachTermIsTheHandComputedOne() throws {
        let b = batch(seed: 50)
        let base = Contrastive()
        let loss = S2SD(base, auxiliary: [3, 6], distillationWeight: 3, featureWeight: 2, featureDelay: 0, temperature: 0.5)
        let terms = try loss.terms(b, parameters: .none).groups.map { $0.listed.values.scalar }
        let baseTarget = try base(b.embeddings, labels: Self.labels).scalar
        let baseHeads = try b.auxiliary.map { try base($0, labels: Self.labels).scalar }
        #expect(abs(terms[0] - 0.5 * (baseTarget + (baseHeads[0] + baseHeads[1]) / 2)) < 1e-12)
        let target = Self.cosines(b.embeddings)
        let heads = b.auxiliary.map { Self.distillation(student: target, teacher: Self.cosines($0), t: 0.5) }
        #expect(abs(terms[1] - 3 * (heads[0] + heads[1]) / 2) < 1e-12)
        let features = Self.distillation(student: target, teacher: Self.cosines(b.features!), t: 0.5)
        #expect(abs(terms[2] - 2 * features) < 1e-12)
        #expect(abs(try loss(b).scalar - terms.reduce(0, +)) < 1e-12)
    }

    @Test func featureDistillationStartsAfterItsDelay() throws {
        let b = batch(seed: 60)
        var loss = S2SD(Contrastive(), auxiliary: [3, 6], featureDelay: 2)
        #expect(try loss.terms(b, parameters: .none).groups.count == 2)
        loss = loss.advanced(past: b).advanced(past: b)
        #expect(loss.stepsTaken == 2)
        #expect(try loss.terms(b, parameters: .none).groups.count == 3)
    }

    @Test func targetGradientWithDistillationAndEveryInputWithoutMatchDifferences() throws {
        let b = batch(seed: 70)
        let loss = S2SD(Contrastive(), auxiliary: [3, 6], featureDelay: 0, temperature: 0.8)
        // The heads and features are teachers (detached) in the distillation: only the target is a student.
        #expect(try gradientError(at: [b.embeddings]) { x in
            var changed = b
            changed.embeddings = x[0]
            return try loss(changed)
        } < 1e-6)
        // Without distillation every head's base loss is a derivative to compare.
        let plain = S2SD(Contrastive(), auxiliary: [3, 6], distillationWeight: 0, featureWeight: 0)
        #expect(try gradientError(at: [b.embeddings] + b.auxiliary) { x in
            var changed = b
            changed.embeddings = x[0]
            changed.auxiliary = Array(x.dropFirst())
            return try plain(changed)
        } < 1e-6)
    }

    @Test func everyModelParameterAndTheBaseLossesParametersMatchDifferences() throws {
        var rng = RNG(seed: 3)
        let parameters = Self.model.initialParameters(for: Self.data, using: &rng)
        let loss = S2SD(ProxyAnchor(), auxiliary: [3, 6], distillationWeight: 0, featureWeight: 0)
        let own = loss.makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        #expect(own.parts.map { $0[.proxies]?.cols } == [2, 3, 6], "the base loss's proxies are made at each head's width")
        let count = parameters.count
        func objective(_ x: [Tensor], _ loss: S2SD<ProxyAnchor>) throws -> Tensor {
            let outputs = Self.model.trainingOutputs(Self.data.points, indices: Array(0 ..< 6), parameters: Array(x[..<count]))
            var batch = LossBatch(outputs.embeddings, labels: Self.labels)
            batch.auxiliary = outputs.auxiliary
            batch.features = outputs.features
            return try loss(batch, parameters: own.replacing(Array(x[count...])))
        }
        #expect(try gradientError(at: parameters + own.tensors) { try objective($0, loss) } < 1e-6)
        // With distillation on, the target head (parameters 4 and 5) feeds only students.
        let distilled = S2SD(ProxyAnchor(), auxiliary: [3, 6], featureDelay: 0)
        let fixed = parameters
        #expect(try gradientError(at: Array(parameters[4 ..< 6])) { head in
            var x = fixed + own.tensors
            x[4] = head[0]
            x[5] = head[1]
            return try objective(x, distilled)
        } < 1e-6)
    }

    @Test func trainingUsesTheHeadsAndTestTimeDropsThem() throws {
        let data = Blobs(classes: 3, perClass: 10).sample(seed: 4)
        let model = MLP([2, 16, 8]).withAuxiliaryHeads(embedding: 2, auxiliary: [8, 16])
        let run = try train(model, on: data, loss: MultiSimilarity().selfDistilled(auxiliary: [8, 16], featureDelay: 5),
                            optimizer: .adam(lr: 0.01), steps: 20, seed: 1)
        #expect(run.finalEmbedding.cols == 2)
        let outputs = run.trainingOutputs(data)
        #expect(outputs.auxiliary.map(\.cols) == [8, 16] && outputs.features?.cols == 8)
        #expect(outputs.embeddings.scalars == run.finalEmbedding.scalars)
        #expect(run.losses.count == 20 && run.losses.allSatisfy(\.isFinite))
        #expect(run.losses.last! < run.losses.first!)
    }

    @Test func aModelWithoutMatchingHeadsIsRefused() throws {
        let data = Blobs(classes: 3, perClass: 10).sample(seed: 4)
        #expect(throws: LossError("multi-similarity + S2SD", "the batch has no auxiliary heads: train a model with them (model.withAuxiliaryHeads(embedding:auxiliary: [8, 16]))")) {
            try train(.mlp([2, 8, 2]), on: data, loss: MultiSimilarity().selfDistilled(auxiliary: [8, 16]), optimizer: .adam(lr: 0.01), steps: 1)
        }
        #expect(throws: LossError("multi-similarity + S2SD", "the model's auxiliary heads are [8] wide, the loss was made for [8, 16]")) {
            try train(MLP([2, 8, 4]).withAuxiliaryHeads(embedding: 2, auxiliary: [8]), on: data,
                      loss: MultiSimilarity().selfDistilled(auxiliary: [8, 16]), optimizer: .adam(lr: 0.01), steps: 1)
        }
        #expect(throws: LossError("multi-similarity + S2SD", "the temperature must be a positive number, got 0.0")) {
            try train(MLP([2, 8, 4]).withAuxiliaryHeads(embedding: 2, auxiliary: [8]), on: data,
                      loss: MultiSimilarity().selfDistilled(auxiliary: [8], temperature: 0), optimizer: .adam(lr: 0.01), steps: 1)
        }
    }
}
