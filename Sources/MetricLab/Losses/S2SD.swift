/// Simultaneous similarity-based self-distillation (Roth, Milbich, Ommer, Cohen & Ghassemi 2021,
/// "Simultaneous Similarity-based Self-Distillation for Deep Metric Learning", ICML 2021, §3): the
/// base loss on the target embedding and on auxiliary heads of higher dimension that share its
/// trunk (`AuxiliaryHeads`), and the target's batch similarities distilled towards each head's,
///
///     L = ½(L(ψ) + 1/K Σₖ L(ψₖ)) + γ/K Σₖ D(S_ψ, S_ψₖ) + γ_f D(S_ψ, S_f),
///
/// with S the cosine similarity matrix of the batch in an embedding (ψ the target, ψₖ the k-th
/// head, f the trunk's features), D the T²-scaled KL divergence of row-wise softmaxes at
/// temperature T (`SimilarityDistillation`, forward: each teacher's rows weight the target's
/// log-probabilities), every teacher detached. The last term, feature distillation, starts after
/// `featureDelay` steps. The heads are dropped at test time: only ψ is the model's embedding.
///
/// Defaults are the authors' code (`--loss_s2sd_T 1 --loss_s2sd_w 50 --loss_s2sd_feat_w 50
/// --loss_s2sd_feat_distill_delay 1000`); the heads' widths are the model's (the paper's 512,
/// 1024, 1536 and 2048 for a 128-wide target). The base loss keeps its own parameters per head
/// (`parameters.parts`: the target's first, then each head's), made at each head's width.
public struct S2SD<Base: Loss>: LossWrapper {
    /// The base loss, applied to the target and to every auxiliary head.
    public var base: Base
    /// The auxiliary heads' widths, as the model has them (the base loss's parameters are made for these).
    public var auxiliary: [Int]
    /// The distillation weight γ.
    public var distillationWeight: Double
    /// The feature distillation weight γ_f (0 turns it off).
    public var featureWeight: Double
    /// The number of steps before feature distillation starts.
    public var featureDelay: Int
    /// The temperature T of every distillation.
    public var temperature: Double
    /// How many training steps the loss has seen: state carried across steps, for the delay.
    public private(set) var stepsTaken = 0

    /// S2SD around `base`, for a model whose auxiliary heads have widths `auxiliary`; the
    /// defaults are the authors'.
    public init(_ base: Base, auxiliary: [Int], distillationWeight: Double = 50, featureWeight: Double = 50,
                featureDelay: Int = 1000, temperature: Double = 1) {
        self.base = base
        self.auxiliary = auxiliary
        self.distillationWeight = distillationWeight
        self.featureWeight = featureWeight
        self.featureDelay = featureDelay
        self.temperature = temperature
    }

    public var name: String { "\(base.name) + S2SD" }

    /// The sum of reduced values: each part is already one number.
    public var reducer: Reducer { .mean }

    /// The base loss's parameters for the target's width, then for each head's width.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(parts: ([embeddingSize] + auxiliary).map { base.makeParameters(embeddingSize: $0, classes: classes, using: &rng) })
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? {
        try base.weightRows(in: parameters.parts.first ?? .none)
    }

    public func constrained(_ parameters: LossParameters) -> LossParameters {
        LossParameters(parameters.entries, parts: parameters.parts.map { base.constrained($0) })
    }

    public func advanced(past batch: LossBatch) -> S2SD {
        var copy = self
        copy.base = base.advanced(past: batch)
        copy.stepsTaken += 1
        return copy
    }

    /// The base losses, the similarity distillations and the feature distillation, each one number.
    /// - Throws: `LossError` when the batch carries no auxiliary heads or heads of other widths
    ///   than `auxiliary`, when the temperature is not positive, or the base loss's own error.
    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let widths = batch.auxiliary.map(\.cols)
        guard !auxiliary.isEmpty, widths == auxiliary else {
            throw LossError(name, widths.isEmpty
                ? "the batch has no auxiliary heads: train a model with them (model.withAuxiliaryHeads(embedding:auxiliary: \(auxiliary)))"
                : "the model's auxiliary heads are \(widths) wide, the loss was made for \(auxiliary)")
        }
        let own = (0 ... auxiliary.count).map { parameters.parts.indices.contains($0) ? parameters.parts[$0] : .none }
        let distill = SimilarityDistillation(temperature: temperature, direction: .forward)
        let target = batch.embeddings.cosineSimilarities()
        var headLosses: [Tensor] = [], distillations: [Tensor] = []
        for (k, head) in batch.auxiliary.enumerated() {
            let headBatch = LossBatch(head, labels: batch.labels, generator: batch.generator)
            headLosses.append(try base(headBatch, parameters: own[k + 1]))
            distillations.append(try distill.divergence(student: target, teacher: head.cosineSimilarities(), source: name))
        }
        let count = Double(auxiliary.count)
        var groups = [
            TermGroup(reduced: 0.5 * (try base(batch, parameters: own[0]) + Self.total(headLosses) / count)),
            TermGroup(reduced: distillationWeight / count * Self.total(distillations)),
        ]
        if featureWeight != 0, stepsTaken >= featureDelay {
            guard let features = batch.features else {
                throw LossError(name, "feature distillation needs the trunk's features, which the batch does not carry")
            }
            groups.append(TermGroup(reduced: featureWeight
                * (try distill.divergence(student: target, teacher: features.cosineSimilarities(), source: name))))
        }
        return LossTerms(groups)
    }

    /// The sum of 1×1 values.
    private static func total(_ values: [Tensor]) -> Tensor { values.dropFirst().reduce(values[0], +) }
}

extension Loss {
    /// This loss trained S2SD's way on a model with auxiliary heads of widths `auxiliary`.
    public func selfDistilled(auxiliary: [Int], distillationWeight: Double = 50, featureWeight: Double = 50,
                              featureDelay: Int = 1000, temperature: Double = 1) -> S2SD<Self> {
        S2SD(self, auxiliary: auxiliary, distillationWeight: distillationWeight, featureWeight: featureWeight,
             featureDelay: featureDelay, temperature: temperature)
    }
}
