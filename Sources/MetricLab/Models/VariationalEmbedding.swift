/// DVML's network (Lin, Duan, Dong, Lu & Zhou 2018, "Deep Variational Metric Learning", §3.2):
/// a backbone gives a feature h, and three linear heads read it, one for the class-invariant
/// embedding z_I and two for the Gaussian of the example's intra-class variance, its mean μ and
/// its log-variance log σ².
///
/// In training the loss sees each example as one row [z_I | μ | log σ² | h] (what `DVML` splits);
/// retrieval, figures and scores use z_I alone (`embed`), as the paper tests on it.
public struct VariationalEmbedding: EmbeddingModel {
    /// The backbone's layer sizes, input first and the feature h last (its activation applied to h too).
    public let backbone: [Int]
    /// The width d of z_I, μ and log σ².
    public let latent: Int
    /// The backbone's nonlinearity.
    public let activation: Activation

    /// A backbone of these sizes (input first, feature last) and heads of width `latent`.
    public init(backbone: [Int], latent: Int, activation: Activation = .tanh) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard backbone.count >= 2, backbone.allSatisfy({ $0 > 0 }), latent > 0 else {
            fatalError("VariationalEmbedding: needs input and feature sizes and a latent width, got \(backbone) and \(latent)")
        }
        self.backbone = backbone
        self.latent = latent
        self.activation = activation
    }

    public var name: String { "variational MLP " + backbone.map(String.init).joined(separator: "-") + " → 3×\(latent)" }

    public var inputSize: Int? { backbone[0] }

    /// The width of a training row: z_I, μ, log σ² and the feature.
    public func embeddingSize(for data: Dataset) -> Int { 3 * latent + feature }

    /// The feature's width.
    public var feature: Int { backbone[backbone.count - 1] }

    /// The backbone's layers, then the z_I, μ and log σ² heads, each a weight and a bias drawn as
    /// PyTorch draws `nn.Linear`'s (uniform in ±1/√fan-in).
    public func initialParameters(for data: Dataset, using rng: inout RNG) -> [Tensor] {
        let layers = Array(zip(backbone, backbone.dropFirst())) + Array(repeating: (feature, latent), count: 3)
        return layers.flatMap { fanIn, fanOut in
            let bound = 1 / Double(fanIn).squareRoot()
            let draw = { (count: Int, rng: inout RNG) in (0 ..< count).map { _ in rng.uniform(-bound, bound) } }
            return [Tensor(rows: fanIn, cols: fanOut, scalars: draw(fanIn * fanOut, &rng)),
                    Tensor(rows: 1, cols: fanOut, scalars: draw(fanOut, &rng))]
        }
    }

    public func callAsFunction(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        let h = self.feature(inputs, parameters: parameters)
        let heads = (0 ..< 3).map { k in h.matmul(parameters[2 * (backbone.count - 1 + k)], plus: parameters[2 * (backbone.count - 1 + k) + 1]) }
        return .concatenatingColumns(heads + [h])
    }

    /// z_I alone: the embedding the paper retrieves with.
    public func embed(_ inputs: Tensor, indices: [Int], parameters: [Tensor]) -> Tensor {
        let layer = 2 * (backbone.count - 1)
        return feature(inputs, parameters: parameters).matmul(parameters[layer], plus: parameters[layer + 1])
    }

    /// The backbone's feature h of `inputs`.
    private func feature(_ inputs: Tensor, parameters: [Tensor]) -> Tensor {
        (0 ..< backbone.count - 1).reduce(inputs) { h, l in activation(h.matmul(parameters[2 * l], plus: parameters[2 * l + 1])) }
    }
}
