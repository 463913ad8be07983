import MetricLab
import Testing

/// What a run keeps and says about itself: its loss and model, scores of any embedding, medoids,
/// the classes of its weight rows.
@Suite struct RunVocabularyTests {
    let blobs = Blobs(classes: 3, perClass: 6, spread: 0.3, radius: 2).sample(seed: 4)

    @Test func aRunKeepsItsLossAndModel() throws {
        let run = try train(.mlp([2, 8, 2]), on: blobs, loss: FacilityLocation(marginMultiplier: 4),
                            optimizer: .adam(lr: 0.01), steps: 2, seed: 1)
        #expect((run.loss as? FacilityLocation)?.marginMultiplier == 4)
        #expect((run.model as? MLP)?.sizes == [2, 8, 2])
        #expect(run.name == "facility location" && run.modelName == "MLP 2-8-2")
    }

    /// A facility-location run's medoids are its own loss's inference on the final embedding; other
    /// losses have none.
    @Test func medoidsComeFromTheRunsOwnLoss() throws {
        let loss = FacilityLocation(marginMultiplier: 10)
        let run = try train(.free, on: blobs, loss: loss, optimizer: .adam(lr: 0.02), steps: 5, seed: 1)
        let expected = loss.inference(run.finalEmbedding, labels: blobs.labels).medoids
        #expect(run.medoids == expected)
        #expect(run.medoids.count == 3)
        let triplet = try train(.free, on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.02), steps: 5, seed: 1)
        #expect(triplet.medoids.isEmpty)
    }

    @Test func weightRowsComeClassByClass() throws {
        func classes(_ loss: some Loss) throws -> [Int]? {
            try train(.mlp([2, 4, 2], normalized: true), on: blobs, loss: loss, optimizer: .adam(lr: 0.01), steps: 1, seed: 1)
                .weightRowClasses
        }
        #expect(try classes(ProxyAnchor()) == [0, 1, 2])
        #expect(try classes(SoftTriple(centersPerClass: 2)) == [0, 0, 1, 1, 2, 2])
        #expect(try classes(Triplet()) == nil)
        #expect(try classes(Manifold(proxyCount: 4)) == nil)
    }

    /// `score` measures any embedding: the same numbers as the metrics themselves, and no step.
    @Test func scoringAnEmbedding() {
        let mixed = Dataset(name: "mixed", points: Tensor([[0, 0], [0, 0.1], [5, 0], [5, 0.1]]), labels: [0, 1, 0, 1])
        let scores = score(blobs.points, labels: blobs.labels)
        let retrieval = Retrieval(blobs.points, labels: blobs.labels)
        #expect(scores.step == nil)
        #expect(scores.nmi == nmi(blobs.points, labels: blobs.labels))
        #expect(scores.recallAt1 == retrieval.recall(at: 1) && scores.precisionAt1 == retrieval.precisionAt1)
        #expect(scores.rPrecision == retrieval.rPrecision && scores.mapAtR == retrieval.mapAtR)
        // Each point's nearest is of the other class, and so is its one other same-class point's rank (R = 1).
        let wrong = score(mixed.points, labels: mixed.labels)
        #expect(wrong.recallAt1 == 0 && wrong.rPrecision == 0 && wrong.mapAtR == 0 && wrong.nmi == 0)
    }

    /// A run scores other data through its trained model: held-out points, or the originals of augmented views.
    @Test func aRunScoresOtherData() throws {
        let heldOut = Blobs(classes: 3, perClass: 6, spread: 0.3, radius: 2).sample(seed: 5)
        let run = try train(.mlp([2, 8, 2]), on: blobs, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 20, seed: 2)
        let embedded = run.embed(heldOut)
        #expect(embedded.scalars == run.embed(heldOut.points).scalars)
        #expect(embedded.scalars != heldOut.points.scalars)
        let scores = run.score(on: heldOut)
        #expect(scores.nmi == nmi(embedded, labels: heldOut.labels))
        #expect(scores.mapAtR == Retrieval(embedded, labels: heldOut.labels).mapAtR)
    }
}

/// A run answers the reunion question about its own data and final embedding.
@Suite struct RunReunionTests {
    @Test func aRunSaysWhetherItsSplitClassIsReunited() throws {
        let data = SplitClass(classes: 3, perClass: 8, gap: 1, spread: 0.1).sample(seed: 0)
        let untrained = try train(.free, on: data, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 0)
        #expect(untrained.modesReunited == data.modesReunited(in: data.points))
        #expect(!untrained.modesReunited)
        let trained = try train(.free, on: data, loss: Triplet(), optimizer: .adam(lr: 0.05), steps: 300, seed: 1)
        #expect(trained.modesReunited == data.modesReunited(in: trained.finalEmbedding))
    }
}
