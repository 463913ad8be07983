/// Expert language guidance (Roth, Vinyals & Akata 2022, "Integrating Language Guidance into
/// Vision-based Deep Metric Learning", CVPR 2022, §3): the base loss, plus the
/// embedding's batch similarities distilled towards the similarities of the classes' names in a
/// language model,
///
///     L = L_base + ω · T²/n Σᵢ KL(softmax(Sᵢ/T) ‖ softmax(Λᵢ/T)),
///
/// S the cosine similarities of the batch's embeddings, Λᵢⱼ = cos(l(yᵢ), l(yⱼ)) + s the shifted
/// cosine similarity of the language embeddings l of their class names (`LanguageEmbeddings`),
/// and every same-class entry of both, the diagonal too, set to 1 + s, so that only the ranking
/// of other classes is distilled. Λ is fixed (the teacher); the KL runs from the embedding's
/// distribution (`.backward`), as the authors' default `--language_distill_dir backward` does.
///
/// Defaults: ω = 7.5 (`--language_distill_w 7.5`, the authors' CUB200 runs), T = 1
/// (`--language_temp`), s = 1 (`--language_shift`).
public struct LanguageGuided<Base: Loss>: LossWrapper {
    /// The base loss.
    public var base: Base
    /// The language similarity cos(l(a), l(b)) of every pair of classes, by label.
    public var classSimilarities: [[Double]]
    /// The weight ω of the language term.
    public var weight: Double
    /// The temperature T of both softmaxes.
    public var temperature: Double
    /// The shift s added to the language similarities; same-class entries become 1 + s.
    public var shift: Double
    /// Which way the divergence runs (`.backward`: from the embedding's distribution, the authors' default).
    public var direction: SimilarityDistillation.Direction

    /// Guidance by the class similarities given, a row and column per label; the defaults are the authors'.
    public init(_ base: Base, classSimilarities: [[Double]], weight: Double = 7.5, temperature: Double = 1,
                shift: Double = 1, direction: SimilarityDistillation.Direction = .backward) {
        self.base = base
        self.classSimilarities = classSimilarities
        self.weight = weight
        self.temperature = temperature
        self.shift = shift
        self.direction = direction
    }

    /// Guidance by `language`'s embeddings of `classNames` (by label: a data set's `classNames`).
    /// - Throws: `LanguageEmbeddingsError.missingNames` naming every class the file has no embedding for.
    public init(_ base: Base, language: LanguageEmbeddings, classNames: [String], weight: Double = 7.5,
                temperature: Double = 1, shift: Double = 1, direction: SimilarityDistillation.Direction = .backward) throws {
        self.init(base, classSimilarities: try language.similarities(of: classNames), weight: weight,
                  temperature: temperature, shift: shift, direction: direction)
    }

    public var name: String { "\(base.name) + language" }

    /// The sum of reduced values: the base loss and the language term are each one number.
    public var reducer: Reducer { .mean }

    /// The language teacher of a batch: Λᵢⱼ = cos(l(yᵢ), l(yⱼ)) + s, same-class entries 1 + s.
    public func languageSimilarities(labels: [Int]) throws -> Tensor {
        let known = classSimilarities.count
        if let bad = labels.first(where: { $0 < 0 || $0 >= known }) {
            throw LossError(name, "label \(bad) has no language similarity: the class similarities cover labels 0..<\(known)")
        }
        let n = labels.count
        return Tensor(rows: n, cols: n, scalars: labels.flatMap { a in
            labels.map { b in a == b ? 1 + shift : classSimilarities[a][b] + shift }
        })
    }

    /// The base loss and ω times the distillation of the batch's similarities towards the language's.
    /// - Throws: `LossError` for a label without a language similarity or a temperature that is not
    ///   positive, or the base loss's own error.
    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let teacher = try languageSimilarities(labels: batch.labels)
        let sameClass = Mask(rows: batch.labels.count, cols: batch.labels.count) { batch.labels[$0] == batch.labels[$1] }
        let student = batch.embeddings.cosineSimilarities().filled(where: sameClass, with: 1 + shift)
        let distill = SimilarityDistillation(temperature: temperature, direction: direction)
        return LossTerms([
            TermGroup(reduced: try base(batch, parameters: parameters)),
            TermGroup(reduced: weight * (try distill.divergence(student: student, teacher: teacher, source: name))),
        ])
    }
}

extension Loss {
    /// This loss guided by `language`'s similarities of `classNames` (Roth et al. 2022).
    public func languageGuided(by language: LanguageEmbeddings, classNames: [String], weight: Double = 7.5,
                               temperature: Double = 1, shift: Double = 1) throws -> LanguageGuided<Self> {
        try LanguageGuided(self, language: language, classNames: classNames, weight: weight,
                           temperature: temperature, shift: shift)
    }
}
