/// The nonlinearity between an MLP's layers.
public enum Activation: Sendable {
    case tanh, relu, sigmoid, softplus

    func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .tanh: x.tanh()
        case .relu: x.relu()
        case .sigmoid: x.sigmoid()
        case .softplus: x.softplus()
        }
    }
}

/// A multilayer perceptron: affine layers with an activation between them, linear output,
/// optionally L2-normalised onto the unit sphere.
public struct MLP: EmbeddingModel {
    /// Sizes of every layer, input first, embedding last (e.g. [2, 64, 64, 2]).
    public let sizes: [Int]
    /// The activation of the hidden layers.
    public let activation: Activation
    /// Whether embeddings are divided by their norm.
    public let normalized: Bool

    /// An MLP with these layer sizes, input first and embedding last.
    public init(_ sizes: [Int] = [2, 64, 64, 2], activation: Activation = .tanh, normalized: Bool = false) {
        precondition(sizes.count >= 2 && sizes.allSatisfy { $0 > 0 }, "MLP: needs at least input and output sizes")
        self.sizes = sizes
        self.activation = activation
        self.normalized = normalized
    }

    public var name: String {
        "MLP " + sizes.map(String.init).joined(separator: "-") + (normalized ? " (L2)" : "")
    }

    public var inputSize: Int? { sizes[0] }

    public func embeddingSize(for data: Dataset) -> Int { sizes[sizes.count - 1] }

    /// PyTorch's default initialisation of `nn.Linear`: weights and biases uniform in ±1/√fan-in.
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] {
        zip(sizes, sizes.dropFirst()).flatMap { fanIn, fanOut in
            let bound = 1 / Double(fanIn).squareRoot()
            let draw = { (count: Int, rng: inout RNG) in (0 ..< count).map { _ in rng.uniform(-bound, bound) } }
            return [Tensor(rows: fanIn, cols: fanOut, scalars: draw(fanIn * fanOut, &rng)),
                    Tensor(rows: 1, cols: fanOut, scalars: draw(fanOut, &rng))]
        }
    }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        let layers = parameters.count / 2
        var h = inputs
        for l in 0 ..< layers {
            h = h.matmul(parameters[2 * l], plus: parameters[2 * l + 1])
            if l < layers - 1 { h = activation(h) }
        }
        return normalized ? h.l2NormalizedRows() : h
    }
}

extension EmbeddingModel where Self == MLP {
    /// An MLP with these layer sizes (input first, embedding last).
    public static func mlp(_ sizes: [Int] = [2, 64, 64, 2], activation: Activation = .tanh,
                           normalized: Bool = false) -> MLP {
        MLP(sizes, activation: activation, normalized: normalized)
    }
}
