import MetricLab
import Testing

private let blobs = Blobs(classes: 6, perClass: 6, spread: 0.3).sample(seed: 11)

/// A short seeded run of an MLP on `data` with the triplet loss of `margin`.
@Sendable private func shortRun(_ margin: Double, _ data: Dataset, _ seed: UInt64) throws -> Run {
    try train(MLP([2, 8, 2]), on: data, loss: Triplet(margin: margin), optimizer: .adam(lr: 0.01), steps: 4, seed: seed)
}

@Suite struct CrossValidationTests {
    @Test func foldsHoldEveryClassOutExactlyOnce() {
        let folds = ClassFolds(classes: 10, count: 3, seed: 1)
        #expect(folds.count == 3)
        #expect(folds.heldOut.joined().sorted() == Array(0 ..< 10))
        #expect(folds.heldOut.map(\.count).sorted() == [3, 3, 4])
        #expect(folds == ClassFolds(classes: 10, count: 3, seed: 1))
        #expect(folds != ClassFolds(classes: 10, count: 3, seed: 2))
    }

    @Test func aFoldTrainsOnTheOtherClassesAndTestsOnItsOwn() {
        let folds = ClassFolds(classes: 6, count: 2, seed: 3)
        for fold in 0 ..< 2 {
            let (train, test) = folds.split(blobs, fold: fold)
            #expect(test.classNames == folds.heldOut[fold].map { blobs.classNames[$0] })
            #expect(Set(train.classNames).isDisjoint(with: test.classNames) && train.count + test.count == blobs.count)
            #expect(Set(test.labels) == [0, 1, 2] && Set(train.labels) == [0, 1, 2])
            // The first held-out example is the data set's first example of a held-out class.
            let first = blobs.labels.firstIndex { folds.heldOut[fold].contains($0) }!
            #expect(test.points.row(0) == blobs.points.row(first))
        }
    }

    /// Every method runs on the same folds and seeds: each score is the one a direct run gives, and
    /// two identical methods differ by exactly 0 seed by seed.
    @Test func methodsArePairedOnFoldsAndSeeds() throws {
        let folds = ClassFolds(classes: 6, count: 2, seed: 3)
        let results = try crossValidate([0.05, 0.2, 0.05], on: blobs, folds: folds, seeds: [7, 8, 9], train: shortRun)
        #expect(results.map(\.method) == [0.05, 0.2, 0.05] && results[0].seeds == [7, 8, 9])
        #expect(results[0].evaluations.count == 2 && results[0].evaluations.allSatisfy { $0.count == 3 })
        let (train, test) = folds.split(blobs, fold: 1)
        #expect(results[1].evaluations[1][2].mapAtR == (try shortRun(0.2, train, 9)).score(on: test).mapAtR)
        #expect(results[0].perSeed(\.mapAtR) == results[2].perSeed(\.mapAtR))
        #expect(results[0].perSeed(\.mapAtR) != results[1].perSeed(\.mapAtR))
    }

    /// Per seed, the mean over folds; the summary is over seeds (the independent replications).
    @Test func perSeedScoresAverageTheFolds() throws {
        let folds = ClassFolds(classes: 6, count: 3, seed: 4)
        let result = try crossValidate([0.1], on: blobs, folds: folds, seeds: 0 ..< 2, train: shortRun)[0]
        let byHand = (0 ..< 2).map { s in (0 ..< 3).map { result.evaluations[$0][s].recallAt1 }.reduce(0, +) / 3 }
        #expect(result.perSeed(\.recallAt1) == byHand)
        #expect(result.summary(\.recallAt1) == Summary(byHand) && result.summary(\.recallAt1).count == 2)
    }

    /// `prepare` makes each fold's data from its own split: standardised by the training classes
    /// alone, every run trains and is scored on that fold's standardised data.
    @Test func eachFoldIsPreparedFromItsOwnSplit() throws {
        let folds = ClassFolds(classes: 6, count: 2, seed: 3)
        let result = try crossValidate([0.2], on: blobs, folds: folds, seeds: [5], prepare: Dataset.standardized(train:test:),
                                       train: shortRun)[0]
        let (train, test) = Dataset.standardized(train: folds.split(blobs, fold: 0).train, test: folds.split(blobs, fold: 0).test)
        #expect(result.evaluations[0][0].mapAtR == (try shortRun(0.2, train, 5)).score(on: test).mapAtR)
        let raw = try crossValidate([0.2], on: blobs, folds: folds, seeds: [5], train: shortRun)[0]
        #expect(raw.evaluations[0][0].mapAtR != result.evaluations[0][0].mapAtR, "standardising changes what is trained")
    }
}
