import Foundation
import MetricLab
import Testing

/// Three points in two classes; the third coordinate of example 1 is large enough to overflow
/// when the model below multiplies it by 1e308.
private let tiny = Dataset(name: "tiny", points: Tensor([[0.5, 0.5], [0.5, 3], [1, 1]]), labels: [0, 0, 1])

/// A linear map that starts at 1e308 times the identity: example 1's second coordinate overflows.
private struct Overflowing: EmbeddingModel {
    var name: String { "overflowing" }
    func embeddingSize(for data: Dataset) -> Int { 2 }
    func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] { [Tensor([[1e308, 0], [0, 1e308]])] }
    func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor { inputs.matmul(parameters[0]) }
}

/// A loss given by a closure of the embeddings, reduced already.
private struct Formula: Loss {
    let formula: @Sendable (Tensor) -> Tensor
    var name: String { "formula" }
    func terms(_ batch: LossBatch, parameters: LossParameters) -> LossTerms { LossTerms(reduced: formula(batch.embeddings)) }
}

/// The error `body` throws, as a `TrainingError`.
private func trainingError(_ body: () throws -> Run) -> TrainingError? {
    do { _ = try body(); return nil } catch { return error as? TrainingError }
}

/// What stops a run: non-finite numbers at a step (named, with the step), and arguments no run
/// can have (named, with their value), before the first step.
@Suite struct TrainingRefusalTests {
    @Test func infiniteEmbeddingStopsTheRunNamingTheExampleAndColumn() {
        let error = trainingError { try train(Overflowing(), on: tiny, loss: Contrastive(), optimizer: .sgd(lr: 0.1), steps: 3) }
        #expect(error == .nonFinite(loss: Contrastive().name, step: 0, quantity: .embedding(example: 1, column: 1, value: .infinity)))
        #expect(error?.description == "training with contrastive stopped at step 0: the embedding of example 1 is infinite in column 1")
    }

    /// √(0·Σe) is 0, but its gradient is ∞·0 = NaN: the gradient is caught, not the loss.
    @Test func nanGradientStopsTheRunNamingTheParameter() {
        let error = trainingError {
            try train(.free, on: tiny, loss: Formula { ($0 * 0).sum().sqrt() }, optimizer: .sgd(lr: 0.1), steps: 3)
        }
        #expect(error?.description == "training with formula stopped at step 0: the gradient of the model's parameter 0 (3×2) is NaN at entry 0")
    }

    /// A gradient of 1e10 at a rate of 1e300 moves a parameter past the largest double.
    @Test func anUpdateToInfinityStopsTheRunNamingTheParameter() {
        let error = trainingError {
            try train(.free, on: tiny, loss: Formula { $0.sum() * 1e10 }, optimizer: .sgd(lr: 1e300, momentum: 0), steps: 3)
        }
        #expect(error == .nonFinite(loss: "formula", step: 0, quantity: .parameter("the model's parameter 0 (3×2)", entry: 0, value: -.infinity)))
        #expect(error?.description == "training with formula stopped at step 0: the optimizer's update made the model's parameter 0 (3×2) −infinite at entry 0")
    }

    /// A loss's own parameters are named by their names: proxies moved at 1e300 times the rate.
    @Test func anUpdateToInfinityOfALossParameterNamesIt() {
        let error = trainingError {
            try train(.free, on: tiny, loss: ProxyNCA(), optimizer: .sgd(lr: 1e10, momentum: 0), steps: 3, lossParameterRate: 1e300)
        }
        #expect(error?.description.contains("stopped at step 0: the optimizer's update made the loss's proxies") == true,
                "\(String(describing: error))")
    }

    @Test func noExamplesIsRefused() {
        let empty = tiny.subset([], name: "empty")
        let error = trainingError { try train(.free, on: empty, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5) }
        #expect(error == .noExamples(data: "empty"))
        #expect(error?.description == "train: the data set 'empty' has no examples")
    }

    @Test(arguments: [
        (-5, nil, nil, 0.01, 10.0, LearningRateSchedule.constant, BatchPlan.full, "steps is -5; it must be ≥ 0"),
        (5, 0, nil, 0.01, 10, .constant, .full, "snapshotEvery is 0; it must be ≥ 1 (or nil)"),
        (5, nil, -1, 0.01, 10, .constant, .full, "evaluateEvery is -1; it must be ≥ 1 (or nil)"),
        (5, nil, nil, 0, 10, .constant, .full, "the optimizer's learning rate is 0.0; it must be a finite number > 0"),
        (5, nil, nil, -0.1, 10, .constant, .full, "the optimizer's learning rate is -0.1; it must be a finite number > 0"),
        (5, nil, nil, .nan, 10, .constant, .full, "the optimizer's learning rate is nan; it must be a finite number > 0"),
        (5, nil, nil, .infinity, 10, .constant, .full, "the optimizer's learning rate is inf; it must be a finite number > 0"),
        (5, nil, nil, 0.01, -1, .constant, .full, "lossParameterRate is -1.0; it must be a finite number ≥ 0"),
        (5, nil, nil, 0.01, .nan, .constant, .full, "lossParameterRate is nan; it must be a finite number ≥ 0"),
        (5, nil, nil, 0.01, 10, .exponential(factor: 0), .full, "the schedule's factor is 0.0; it must be a finite number > 0"),
        (5, nil, nil, 0.01, 10, .constant, .classes(3, size: 6),
         "batches is .classes(3, size: 6); it must be a plan of at most the 2 classes 'tiny' has"),
        (5, nil, nil, 0.01, 10, .constant, .classes(0, size: 6), "batches is .classes(0, size: 6); it must be a plan of at least 1 class"),
        (5, nil, nil, 0.01, 10, .constant, .classes(2, size: 1),
         "batches is .classes(2, size: 1); it must be a plan whose size holds at least one example of each of its classes"),
    ] as [(Int, Int?, Int?, Double, Double, LearningRateSchedule, BatchPlan, String)])
    func badArgumentsAreNamedWithTheirValue(_ steps: Int, _ snapshotEvery: Int?, _ evaluateEvery: Int?, _ lr: Double,
                                            _ lossParameterRate: Double, _ schedule: LearningRateSchedule,
                                            _ batches: BatchPlan, _ message: String) {
        let error = trainingError {
            try train(.free, on: tiny, loss: Contrastive(), optimizer: .sgd(lr: lr), steps: steps, batches: batches,
                      schedule: schedule, lossParameterRate: lossParameterRate, snapshotEvery: snapshotEvery,
                      evaluateEvery: evaluateEvery)
        }
        #expect(error?.description == "train: " + message)
    }

    /// The edges of what is allowed still train: no steps, a batch of every class.
    @Test func zeroStepsAndAFullClassPlanTrain() throws {
        let none = try train(.free, on: tiny, loss: Contrastive(), optimizer: .sgd(lr: 0.1), steps: 0)
        #expect(none.losses.isEmpty && none.finalEmbedding.scalars == tiny.points.scalars)
        let plan = try train(.free, on: tiny, loss: Contrastive(), optimizer: .sgd(lr: 0.1), steps: 2, batches: .classes(2, size: 2))
        #expect(plan.losses.count == 2)
    }

    /// A data set is refused where it is made when a point is NaN or infinite, with the point and
    /// coordinate named in words that survive a release build.
    @Test func aDataSetWithNaNIsRefusedWhereItIsMade() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Dataset(name: "bad", points: Tensor([[0, 1], [2, .nan]]), labels: [0, 1])
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("Dataset 'bad': point 1, coordinate 1 is nan, not a finite number"), "\(stderr)")
    }
}
