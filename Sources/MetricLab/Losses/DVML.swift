/// Deep variational metric learning (DVML; Lin, Duan, Dong, Lu & Zhou 2018, "Deep Variational
/// Metric Learning", ECCV 2018, §3.2–3.3): each embedding is split into a class-invariant part z_I
/// and an intra-class variance modelled as a Gaussian N(μ, σ²); a variance drawn from it by the
/// reparameterisation trick, added to z_I, makes a synthetic example of the same class, which a
/// decoder must turn back into the example's feature and which the metric loss trains on beside z_I.
///
///     z̃ᵢ = z_Iᵢ + μᵢ + σᵢ ⊙ εᵢ,   εᵢ ~ N(0, I)
///     L₁ = 1/B Σᵢ ½ Σⱼ (μᵢⱼ² + σᵢⱼ² − log σᵢⱼ² − 1)        KL(N(μ, σ²) ‖ N(0, I)), the paper's L₁ with its sign turned to a loss
///     L₂ = 1/B Σᵢ ‖hᵢ − g(z̃ᵢ)‖²                            reconstruction of the backbone's feature h by the decoder g
///     L₃ = L_m(z̃, y),   L₄ = L_m(z_I, y)                     the metric loss on the synthetic examples and on z_I
///     L = λ₁ L₁ + λ₂ L₂ + λ₃ L₃ + λ₄ L₄
///
/// A training row is [z_I | μ | log σ² | h] (`VariationalEmbedding`'s output, `latent` = d
/// columns each and the feature after them). The feature, the reconstruction's target, stays on
/// the tape, so the backbone too is trained to keep a feature that z̃ can rebuild. The decoder g,
/// a tanh layer of `decoderWidth` units then a linear one, is this loss's own parameter; the
/// metric loss's own parameters (proxies) are its part, shared by L₃ and L₄. The noise ε is drawn
/// from the batch's generator, so a run repeats with its seed. One draw per example: T = 1 in the
/// paper's average over T draws. λ = (0.8, 1, 0.2, 0.8) are the weights of the paper's second
/// training phase as a public reimplementation sets them (the paper's PDF was not at hand to
/// check them); its first phase weighs the synthetic term less while the decoder learns, which a
/// second run from `Pretrained` can reproduce. The paper's L₂ is
/// written with the norm ‖·‖₂; here it is squared, the Gaussian log-likelihood its derivation
/// (the evidence lower bound) has.
public struct DVML: Loss {
    /// The metric loss L_m, on z_I and on the synthetic examples.
    public var base: any Loss
    /// The width d of z_I, μ and log σ².
    public var latent: Int
    /// The decoder's hidden width.
    public var decoderWidth: Int
    /// λ₁, the weight of the KL term.
    public var klWeight: Double
    /// λ₂, the weight of the reconstruction.
    public var reconstructionWeight: Double
    /// λ₃, the weight of the metric loss on the synthetic examples.
    public var syntheticWeight: Double
    /// λ₄, the weight of the metric loss on z_I.
    public var invariantWeight: Double

    /// DVML around `base` (triplet by default, one of the paper's base losses), for latent width d.
    public init(base: any Loss = Triplet(), latent: Int = 2, decoderWidth: Int = 32, klWeight: Double = 0.8,
                reconstructionWeight: Double = 1, syntheticWeight: Double = 0.2, invariantWeight: Double = 0.8) {
        self.base = base
        self.latent = latent
        self.decoderWidth = decoderWidth
        self.klWeight = klWeight
        self.reconstructionWeight = reconstructionWeight
        self.syntheticWeight = syntheticWeight
        self.invariantWeight = invariantWeight
    }

    /// The paper's weights around the triplet loss as its own paper sets it (`Triplet.paper`, FaceNet's semi-hard setting).
    public static let paper = DVML(base: Triplet.paper)

    public var name: String { "DVML (\(base.name))" }

    /// The decoder (`.decoderHidden`, `.decoderHiddenBias`, `.decoderOutput`, `.decoderOutputBias`),
    /// uniform in ±1/√fan-in as PyTorch draws `nn.Linear`, and the metric loss's own parameters as a
    /// part, made for z_I's width.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        let feature = Swift.max(embeddingSize - 3 * latent, 1)
        func layer(_ fanIn: Int, _ fanOut: Int, _ rng: inout RNG) -> [Tensor] {
            let bound = 1 / Double(fanIn).squareRoot()
            return [Tensor(rows: fanIn, cols: fanOut, scalars: (0 ..< fanIn * fanOut).map { _ in rng.uniform(-bound, bound) }),
                    Tensor(rows: 1, cols: fanOut, scalars: (0 ..< fanOut).map { _ in rng.uniform(-bound, bound) })]
        }
        let decoder = layer(latent, decoderWidth, &rng) + layer(decoderWidth, feature, &rng)
        return LossParameters(Array(zip(Self.decoderNames, decoder)).map { (name: $0.0, value: $0.1) },
                              parts: [base.makeParameters(embeddingSize: latent, classes: classes, using: &rng)])
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? {
        try parameters.parts.first.flatMap { try base.weightRows(in: $0) }
    }

    public func constrained(_ parameters: LossParameters) -> LossParameters {
        LossParameters(parameters.entries, parts: parameters.parts.map(base.constrained))
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let parts = try self.parts(batch, parameters: parameters)
        return LossTerms(reduced: klWeight * parts.kl) + LossTerms(reduced: reconstructionWeight * parts.reconstruction)
            + LossTerms(reduced: syntheticWeight * parts.synthetic) + LossTerms(reduced: invariantWeight * parts.invariant)
    }

    /// The four terms before their weights, and the synthetic examples they were computed on.
    public func parts(_ batch: LossBatch, parameters: LossParameters) throws -> DVMLTerms {
        let row = try split(batch.embeddings)
        guard let metric = parameters.parts.first else { throw LossError(name, "no metric loss parameters given (make them with makeParameters)") }
        let decoder = try Self.decoderNames.map { try parameters.require($0, by: name) }
        guard decoder[0].rows == latent, decoder[2].cols == row.feature.cols else {
            throw LossError(name, "a decoder from \(decoder[0].rows) to \(decoder[2].cols) columns for z of \(latent) and a feature of \(row.feature.cols)")
        }
        var rng = batch.generator
        let synthetic = Self.synthesize(invariant: row.invariant, mean: row.mean, logVariance: row.logVariance,
                                        noise: rng.gaussian(rows: row.invariant.rows, cols: latent))
        let reconstructed = synthetic.matmul(decoder[0], plus: decoder[1]).tanh().matmul(decoder[2], plus: decoder[3])
        let n = Double(Swift.max(batch.embeddings.rows, 1))
        return DVMLTerms(
            kl: Self.kl(mean: row.mean, logVariance: row.logVariance),
            reconstruction: (row.feature - reconstructed).squared().sum() / n,
            synthetic: try base(LossBatch(synthetic, labels: batch.labels, generator: batch.generator), parameters: metric),
            invariant: try base(LossBatch(row.invariant, labels: batch.labels, generator: batch.generator), parameters: metric),
            examples: synthetic)
    }

    /// A training row's parts: z_I, μ, log σ² and the feature.
    public func split(_ rows: Tensor) throws -> (invariant: Tensor, mean: Tensor, logVariance: Tensor, feature: Tensor) {
        guard latent >= 1, rows.cols > 3 * latent else {
            throw LossError(name, "latent: rows of \(rows.cols) columns hold no z_I, μ and log σ² of \(latent) columns each and a feature after them")
        }
        let all = 0 ..< rows.rows
        return (rows.block(rows: all, cols: 0 ..< latent), rows.block(rows: all, cols: latent ..< 2 * latent),
                rows.block(rows: all, cols: 2 * latent ..< 3 * latent), rows.block(rows: all, cols: 3 * latent ..< rows.cols))
    }

    /// Synthetic examples z_I + μ + σ ⊙ ε: the reparameterisation trick, noise given.
    public static func synthesize(invariant: Tensor, mean: Tensor, logVariance: Tensor, noise: Tensor) -> Tensor {
        invariant + mean + (0.5 * logVariance).exp() * noise
    }

    /// `draws` synthetic examples of each training row (`VariationalEmbedding`'s output), all of
    /// the first draw, then all of the second…: what a figure of the generator draws.
    public func synthesized(from rows: Tensor, draws: Int, using rng: inout RNG) throws -> Tensor {
        let row = try split(rows)
        return .stacking((0 ..< draws).map { _ in
            Self.synthesize(invariant: row.invariant, mean: row.mean, logVariance: row.logVariance,
                            noise: rng.gaussian(rows: rows.rows, cols: latent)).detached
        })
    }

    /// KL(N(μ, σ²) ‖ N(0, I)) of each row, averaged over the rows: ½ Σⱼ (μⱼ² + σⱼ² − log σⱼ² − 1).
    public static func kl(mean: Tensor, logVariance: Tensor) -> Tensor {
        0.5 * (mean.squared() + logVariance.exp() - logVariance - 1).sum() / Double(Swift.max(mean.rows, 1))
    }

    /// The decoder's parameter names, in the order of its layers.
    static let decoderNames: [ParameterName] = [.decoderHidden, .decoderHiddenBias, .decoderOutput, .decoderOutputBias]
}

/// DVML's four terms on a batch, unweighted, with the synthetic examples.
public struct DVMLTerms {
    /// L₁, the KL divergence of the variance's Gaussian from N(0, I), averaged over the batch.
    public let kl: Tensor
    /// L₂, the squared error of the decoder's reconstruction of the feature, averaged over the batch.
    public let reconstruction: Tensor
    /// L₃, the metric loss on the synthetic examples.
    public let synthetic: Tensor
    /// L₄, the metric loss on z_I.
    public let invariant: Tensor
    /// The synthetic examples z_I + μ + σ ⊙ ε, a row each.
    public let examples: Tensor
}

extension ParameterName {
    /// DVML's decoder: the hidden layer's weights, latent × hidden.
    public static let decoderHidden: ParameterName = "decoderHidden"
    /// DVML's decoder: the hidden layer's bias row.
    public static let decoderHiddenBias: ParameterName = "decoderHiddenBias"
    /// DVML's decoder: the output layer's weights, hidden × feature.
    public static let decoderOutput: ParameterName = "decoderOutput"
    /// DVML's decoder: the output layer's bias row.
    public static let decoderOutputBias: ParameterName = "decoderOutputBias"
}

extension DVML: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .regularizer,
        paper: Paper("Lin, Duan, Dong, Lu & Zhou", "Deep Variational Metric Learning", "ECCV", 2018, at: "§3.3"),
        equation: "L = λ₁ KL(N(μ, σ²) ‖ N(0, I)) + λ₂ ‖h − g(z̃)‖² + λ₃ L_m(z̃) + λ₄ L_m(z_I),   z̃ = z_I + μ + σ ⊙ ε")
}
