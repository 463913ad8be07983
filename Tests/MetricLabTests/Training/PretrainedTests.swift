import MetricLab
import Testing

@Suite struct PretrainedTests {
    let blobs = Blobs(classes: 3, perClass: 6, spread: 0.3, radius: 2).sample(seed: 4)

    /// A run from `Pretrained(warm)` starts where `warm` ended, whatever its own seed, and a
    /// seeded run of the same model does not.
    @Test func startsFromTheRunsFinalParameters() throws {
        let warm = try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 20, seed: 1)
        let continued = try train(Pretrained(warm), on: blobs, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 5, seed: 99)
        #expect(continued.initialEmbedding.scalars == warm.finalEmbedding.scalars)
        #expect(continued.finalEmbedding.scalars != warm.finalEmbedding.scalars)
        let fresh = try train(.mlp([2, 8, 2]), on: blobs, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 5, seed: 99)
        #expect(fresh.initialEmbedding.scalars != warm.finalEmbedding.scalars)
        #expect(continued.modelName == "MLP 2-8-2 (trained)")
    }

    /// What a model hands the loss survives the warm start: S2SD trained further from `Pretrained`
    /// still sees the auxiliary heads.
    @Test func keepsWhatTheModelHandsTheLossAndRetrievesWith() throws {
        let headed = MLP([2, 8, 4]).withAuxiliaryHeads(embedding: 2, auxiliary: [4])
        let warm = try train(headed, on: blobs, loss: Contrastive().selfDistilled(auxiliary: [4]), optimizer: .adam(lr: 0.01), steps: 3, seed: 1)
        let continued = try train(Pretrained(warm), on: blobs, loss: Contrastive().selfDistilled(auxiliary: [4]),
                                  optimizer: .adam(lr: 0.01), steps: 3, seed: 2)
        #expect(continued.initialEmbedding.scalars == warm.finalEmbedding.scalars)
        #expect(continued.trainingOutputs(blobs).auxiliary.count == 1)
    }
}
