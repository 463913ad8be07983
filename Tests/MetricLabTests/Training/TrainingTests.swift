import MetricLab
import Testing

@Suite struct TrainingTests {
    /// Three heavily overlapping blobs: k-means on the raw points cannot recover the classes.
    let blobs = Blobs(classes: 3, perClass: 20, spread: 1.2, radius: 1).sample(seed: 11)

    @Test func tripletSeparatesOverlappingBlobs() throws {
        let before = nmi(blobs.points, labels: blobs.labels)
        let run = try train(.free, on: blobs, loss: Triplet(margin: 0.5, distance: Euclidean(normalized: false)),
                            optimizer: .adam(lr: 0.05), steps: 300, seed: 1)
        #expect(before < 0.6)
        #expect(run.final.nmi > 0.95)
        #expect(run.losses.last! < run.losses.first! / 10)
    }

    @Test func aSeedGivesTheSameRunTwice() throws {
        let setup = { (seed: UInt64) in
            try train(.mlp([2, 16, 2]), on: self.blobs, loss: Contrastive(), optimizer: .adam(lr: 0.01),
                      steps: 30, batches: .classes(2, size: 12), seed: seed)
        }
        let a = try setup(5), b = try setup(5), c = try setup(6)
        #expect(a.losses == b.losses)
        #expect(a.finalEmbedding.scalars == b.finalEmbedding.scalars)
        #expect(a.losses != c.losses)
    }

    @Test func snapshotsAndEvaluationsAtTheirSteps() throws {
        let run = try train(.free, on: blobs, loss: Contrastive(), optimizer: .sgd(lr: 0.1), steps: 10,
                            snapshotEvery: 4, evaluateEvery: 5)
        #expect(run.snapshots.map(\.step) == [0, 4, 8, 10])
        #expect(run.evaluations.map(\.step) == [0, 5, 10])
        #expect(run.snapshots[0].embeddings.scalars == blobs.points.scalars)
        #expect(run.losses.count == 10)
    }

    /// A loss that turns NaN stops the run with an error naming the loss and the step.
    @Test func nonFiniteLossStopsTheRun() {
        struct Explodes: Loss {
            var name: String { "explodes" }
            func terms(_ batch: LossBatch, parameters: LossParameters) -> LossTerms {
                let e = batch.embeddings
                return LossTerms(reduced: (e.sum() * 0 + 1).log() * 0 + (e.abs().sum() - 1e9).sqrt())
            }
        }
        #expect(throws: TrainingError.self) {
            try train(.free, on: blobs, loss: Explodes(), optimizer: .sgd(lr: 0.1), steps: 5)
        }
        do {
            _ = try train(.free, on: blobs, loss: Explodes(), optimizer: .sgd(lr: 0.1), steps: 5)
        } catch {
            #expect("\(error)" == "training with explodes stopped at step 0: the loss is NaN")
        }
    }
}
