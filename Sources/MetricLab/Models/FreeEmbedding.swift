/// Free points: every example's embedding is itself a parameter, starting at the example's input.
///
/// The purest picture of a loss's geometry: nothing but the loss decides where each point goes.
public struct FreeEmbedding: EmbeddingModel {
    /// Where the points start (a row per example of the data set).
    public let start: Tensor

    /// Free points starting at `start`.
    public init(start: Tensor) { self.start = start }

    public var name: String { "free points" }

    public var embeddingSize: Int { start.cols }

    public func initialParameters(using rng: inout RNG) -> [Tensor] { [start] }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        parameters[0].gatherRows(indices)
    }
}

extension EmbeddingModel where Self == FreeEmbedding {
    /// Free points starting at `start`.
    public static func free(_ start: Tensor) -> FreeEmbedding { FreeEmbedding(start: start) }
}
