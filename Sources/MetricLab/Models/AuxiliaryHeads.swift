/// A trunk with a target embedding head and auxiliary embedding heads of higher dimension on the
/// same features, as S2SD trains them (Roth, Milbich, Ommer, Cohen & Ghassemi 2021, "Simultaneous
/// Similarity-based Self-Distillation for Deep Metric Learning", ICML 2021, §3).
///
/// The trunk's output is the feature f. The target head is a linear map f ↦ fW + b to
/// `embedding` dimensions, the model's embedding at test time. Each auxiliary head is the
/// paper's two-layer MLP f ↦ ReLU(fW₁ + b₁)W₂ + b₂ to its own width; its output reaches the loss
/// only while training (`trainingOutputs`), so that dropping the heads costs nothing at test time.
/// The paper's heads are 512, 1024, 1536 and 2048 wide for a 128-dimensional target: 4 to 16
/// times the target's width. Heads start as PyTorch's `nn.Linear` does (uniform in ±1/√fan-in).
public struct AuxiliaryHeads<Trunk: EmbeddingModel>: EmbeddingModel {
    /// The shared trunk; its output is the feature every head reads.
    public let trunk: Trunk
    /// The target embedding's width.
    public let embedding: Int
    /// The auxiliary heads' widths.
    public let auxiliary: [Int]
    /// Whether every head's output (the target's too) is divided by its norm.
    public let normalized: Bool

    /// `trunk` with a linear target head of `embedding` columns and an MLP head per width in `auxiliary`.
    public init(_ trunk: Trunk, embedding: Int, auxiliary: [Int], normalized: Bool = true) {
        precondition(embedding > 0 && auxiliary.allSatisfy { $0 > 0 }, "AuxiliaryHeads: widths must be positive")
        self.trunk = trunk
        self.embedding = embedding
        self.auxiliary = auxiliary
        self.normalized = normalized
    }

    public var name: String {
        "\(trunk.name) → \(embedding)" + (auxiliary.isEmpty ? "" : " (+ heads " + auxiliary.map(String.init).joined(separator: ", ") + ")")
    }

    public var inputSize: Int? { trunk.inputSize }

    public func embeddingSize(for data: Dataset) -> Int { embedding }

    /// The trunk's parameters, then the target head's (weights, bias), then each auxiliary head's
    /// two layers (weights, bias, weights, bias).
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] {
        let features = trunk.embeddingSize(for: data)
        return trunk.initialParameters(for: data, using: &rng)
            + MLP([features, embedding]).initialParameters(for: data, using: &rng)
            + auxiliary.flatMap { MLP([features, $0, $0]).initialParameters(for: data, using: &rng) }
    }

    /// The target embeddings alone: the auxiliary heads are dropped at test time.
    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        let (features, heads) = split(inputs, indices: indices, parameters: parameters)
        return head(MLP([features.cols, embedding])(features, indices: indices, parameters: heads.target))
    }

    /// The target embeddings, every auxiliary head's and the trunk's features, as training sees them.
    public func trainingOutputs(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> ModelOutputs {
        let (features, heads) = split(inputs, indices: indices, parameters: parameters)
        let target = MLP([features.cols, embedding])(features, indices: indices, parameters: heads.target)
        let auxiliary = zip(self.auxiliary, heads.auxiliary).map { width, parameters in
            head(MLP([features.cols, width, width], activation: .relu)(features, indices: indices, parameters: parameters))
        }
        return ModelOutputs(embeddings: head(target), auxiliary: auxiliary, features: features)
    }

    /// The trunk's features, and the heads' parameters taken off the end of `parameters`.
    private func split(_ inputs: Tensor, indices: [Int], parameters: [Tensor])
        -> (features: Tensor, heads: (target: [Tensor], auxiliary: [[Tensor]])) {
        let trunkCount = parameters.count - 2 - 4 * auxiliary.count
        let features = trunk(inputs, indices: indices, parameters: Array(parameters[..<trunkCount]))
        let target = Array(parameters[trunkCount ..< trunkCount + 2])
        let auxiliary = self.auxiliary.indices.map { k in
            Array(parameters[(trunkCount + 2 + 4 * k) ..< (trunkCount + 6 + 4 * k)])
        }
        return (features, (target, auxiliary))
    }

    /// A head's output, on the unit sphere when the model is normalised.
    private func head(_ output: Tensor) -> Tensor { normalized ? output.l2NormalizedRows() : output }
}

extension EmbeddingModel {
    /// This model as the trunk of a target head of `embedding` columns and auxiliary heads (S2SD).
    public func withAuxiliaryHeads(embedding: Int, auxiliary: [Int], normalized: Bool = true) -> AuxiliaryHeads<Self> {
        AuxiliaryHeads(self, embedding: embedding, auxiliary: auxiliary, normalized: normalized)
    }
}
