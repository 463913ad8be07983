/// A linear map x ↦ xL: embedding distances ‖(x − y)L‖ form a learned Mahalanobis metric with M = LLᵀ.
public struct Linear: EmbeddingModel {
    /// Input size.
    public let input: Int
    /// Embedding size.
    public let output: Int

    /// A linear map from `input` to `output` dimensions.
    public init(input: Int = 2, output: Int = 2) {
        self.input = input
        self.output = output
    }

    public var name: String { "linear" }

    public var inputSize: Int? { input }

    public func embeddingSize(for data: Dataset) -> Int { output }

    /// Starts at the identity (padded or cut to shape), i.e. the Euclidean metric, with a little
    /// noise so that symmetric data does not keep a symmetric map.
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] {
        let scalars = (0 ..< input * output).map { t in
            (t / output == t % output ? 1 : 0) + 0.01 * rng.gaussian()
        }
        return [Tensor(rows: input, cols: output, scalars: scalars)]
    }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        inputs.matmul(parameters[0])
    }
}

extension EmbeddingModel where Self == Linear {
    /// A linear map (a learned Mahalanobis metric).
    public static func linear(input: Int = 2, output: Int = 2) -> Linear { Linear(input: input, output: output) }
}
