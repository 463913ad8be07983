import MetricLab
import Testing

/// A loss given by a closure of the embeddings, reduced already.
private struct Formula: Loss {
    let formula: @Sendable (Tensor) -> Tensor
    var name: String { "formula" }
    func terms(_ batch: LossBatch, parameters: LossParameters) -> LossTerms { LossTerms(reduced: formula(batch.embeddings)) }
}

/// What a run says about itself beyond its numbers: divergence, and data on which the metrics are undefined.
@Suite struct RunWarningTests {
    let tiny = Dataset(name: "tiny", points: Tensor([[0.5, 0.5], [0.5, 3], [1, 1]]), labels: [0, 0, 1])

    /// Σe descended at rate 1000: every entry falls by 1000 a step, so the loss goes 6.5, −5993.5,
    /// −11993.5, … and passes 1000 × 6.5 at step 2; the largest, −53993.5, is the last.
    @Test func aLossGrowingThreeOrdersOfMagnitudeIsFlagged() throws {
        let run = try train(.free, on: tiny, loss: Formula { $0.sum() }, optimizer: .sgd(lr: 1000, momentum: 0), steps: 10)
        #expect(run.losses[0] == 6.5 && run.losses[9] == -53993.5)
        #expect(run.warnings == [.diverged(first: 6.5, peak: -53993.5, step: 9)])
        #expect("\(run)" == "formula with free points on tiny: 10 steps, loss 6.5 → -53993.5; warning: diverged: the loss grew from 6.5 at step 0 to -53993.5 at step 9")
        // Two steps stay under the factor: −5993.5 is less than 1000 × 6.5.
        let short = try train(.free, on: tiny, loss: Formula { $0.sum() }, optimizer: .sgd(lr: 1000, momentum: 0), steps: 2)
        #expect(short.warnings.isEmpty)
    }

    /// The issue's case: Adam at a learning rate of 1e9 keeps every number finite, but the loss
    /// grows by twenty orders of magnitude.
    @Test func adamAtAHugeLearningRateIsFlagged() throws {
        let data = Blobs(classes: 3, perClass: 10).sample(seed: 1)
        let run = try train(.mlp([2, 32, 32, 2]), on: data, loss: MMC(), optimizer: .adam(lr: 1e9), steps: 50)
        guard case let .diverged(first, peak, _) = run.warnings.first else {
            Issue.record("no divergence flagged: \(run)")
            return
        }
        #expect(first == run.losses[0] && abs(peak) > 1e3 * max(abs(first), 1))
        #expect("\(run)".contains("warning: diverged"))
    }

    @Test func aConvergingRunHasNoWarning() throws {
        let blobs = Blobs(classes: 3, perClass: 20, spread: 1.2, radius: 1).sample(seed: 11)
        let run = try train(.free, on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.05), steps: 100, seed: 1)
        #expect(run.warnings.isEmpty)
        #expect("\(run)" == "triplet with free points on blobs: 100 steps, loss \(run.losses[0]) → \(run.losses[99])")
    }

    /// One class, one point: NMI and retrieval undefined; all singletons: retrieval undefined.
    @Test func degenerateDataIsSaidAndItsMetricsAreUndefined() throws {
        let one = Blobs(classes: 1, perClass: 10).sample(seed: 1)
        let oneClass = try train(.free, on: one, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5)
        #expect(oneClass.warnings == [.singleClass])
        #expect(oneClass.final.nmi.isNaN && oneClass.final.recallAt1 == 1)
        #expect("\(oneClass)".hasSuffix("; warning: a single class: NMI and the retrieval scores are undefined (NaN)"))

        let onePoint = try train(.free, on: one.subset([0]), loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5)
        #expect(onePoint.warnings == [.singleClass])
        #expect(onePoint.final.nmi.isNaN && onePoint.final.recallAt1.isNaN && onePoint.final.mapAtR.isNaN)

        let singletons = tiny.subset([0, 2])
        let loners = try train(.free, on: singletons, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 5)
        #expect(loners.warnings == [.noPositives])
        #expect(loners.final.recallAt1.isNaN && loners.final.nmi == 1)
    }
}
