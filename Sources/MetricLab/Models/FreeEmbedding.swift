/// Free points: every example's embedding is itself a parameter, starting at the example's input.
///
/// The purest picture of a loss's geometry: nothing but the loss decides where each point goes.
public struct FreeEmbedding: EmbeddingModel {
    /// Free points.
    public init() {}

    public var name: String { "free points" }

    public func embeddingSize(for data: Dataset) -> Int { data.dimension }

    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] { [data.points.detached] }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        parameters[0].gatherRows(indices)
    }
}

extension EmbeddingModel where Self == FreeEmbedding {
    /// Free points, starting where the data's examples are.
    public static var free: FreeEmbedding { FreeEmbedding() }
}
