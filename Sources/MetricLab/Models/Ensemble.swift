/// Several learners of the same architecture side by side, each with its own parameters: an
/// example's embedding is each learner's embedding, L2-normalised, concatenated (the test-time
/// embedding of a randomized ensemble, DREML, Xuan, Souvenir & Pless 2018, §3).
///
/// Each learner's block is a unit vector, so every learner weighs the same in a distance, however
/// large its raw outputs grew.
public struct Ensemble<Learner: EmbeddingModel>: EmbeddingModel {
    /// The architecture each learner has.
    public let learner: Learner
    /// The number of learners.
    public let count: Int

    /// `count` learners of `learner`'s architecture.
    public init(_ learner: Learner, count: Int) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard count >= 1 else { fatalError("Ensemble: needs at least 1 learner, got \(count)") }
        self.learner = learner
        self.count = count
    }

    public var name: String { "\(count) × \(learner.name)" }

    public var inputSize: Int? { learner.inputSize }

    public func embeddingSize(for data: Dataset) -> Int { count * learner.embeddingSize(for: data) }

    /// Each learner's parameters drawn in turn, learner 0's first.
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] {
        (0 ..< count).flatMap { _ in learner.initialParameters(for: data, using: &rng) }
    }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        let size = parameters.count / count
        return .concatenatingColumns((0 ..< count).map { l in
            learner(inputs, indices: indices, parameters: Array(parameters[l * size ..< (l + 1) * size])).l2NormalizedRows()
        })
    }
}

extension EmbeddingModel {
    /// `count` learners of this architecture, each normalised, side by side.
    public func ensemble(of count: Int) -> Ensemble<Self> { Ensemble(self, count: count) }
}
