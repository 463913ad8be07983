/// Deep randomized ensembles for metric learning (DREML; Xuan, Souvenir & Pless 2018, "Deep
/// Randomized Ensembles for Metric Learning", ECCV 2018, §3): L learners, each trained with a
/// classification loss on its own random grouping of the C classes into D meta-classes; an
/// example's embedding is the learners' L2-normalised embeddings concatenated.
///
///     L = Σ_{l=1}^{L} L_base(f_l(x), g_l(y)),   g_l: {0..<C} → {0..<D} a random partition,   f(x) = [f̂₁(x), …, f̂_L(x)]
///
/// The embedding's columns are the learners' blocks, learner l's the l-th of L equal blocks (what
/// an `Ensemble` model gives). Each block sees the batch relabelled by its grouping, with its own
/// copy of the base loss's parameters (D proxies or class weights), and the learners' losses are
/// reduced apart and added. The learners share no parameter, so training them jointly on the sum
/// is training each on its own loss (on the same batches; Adam steps each coordinate by its own
/// gradient). The paper trains each learner with softmax cross-entropy over the meta-classes;
/// here the base is any loss (notebook 18 uses `NormalizedSoftmax`). Its CUB and Cars setting,
/// written DREML(I, 12, 48) in its tables, is D = 12, L = 48 (`learners: 48, metaClasses: 12`).
/// Every grouping is drawn from `seed`, so a seed repeats them.
public struct DREML<Base: Loss>: LossWrapper {
    /// The loss each learner trains with on its meta-classes.
    public var base: Base
    /// Each learner's grouping of the classes into meta-classes, learner 0's first.
    public let groupings: [MetaClassGrouping]

    /// A learner for each grouping, each trained with `base` on its meta-classes.
    /// - Throws: `MetaClassError` when there is no grouping or the groupings group different numbers of classes.
    public init(_ base: Base, groupings: [MetaClassGrouping]) throws {
        guard !groupings.isEmpty else { throw MetaClassError.noLearners(0) }
        guard Set(groupings.map(\.classes)).count == 1 else { throw MetaClassError.groupingsDisagree(classes: groupings.map(\.classes)) }
        self.base = base
        self.groupings = groupings
    }

    /// `learners` learners, each on a random grouping of `classes` classes into `metaClasses`
    /// meta-classes, the groupings drawn from `seed`.
    /// - Throws: `MetaClassError` for fewer than 2 meta-classes, more meta-classes than classes, or no learner.
    public init(_ base: Base, classes: Int, learners: Int, metaClasses: Int, seed: UInt64) throws {
        try self.init(base, groupings: MetaClassGrouping.random(classes: classes, metaClasses: metaClasses,
                                                               learners: learners, seed: seed))
    }

    /// The number of learners L.
    public var learners: Int { groupings.count }

    public var name: String { "DREML (\(learners) learners, \(groupings[0].count) meta-classes, \(base.name))" }

    /// The base loss's parameters for each learner, made for its block and its meta-classes (parts, learner 0's first).
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(parts: groupings.map {
            base.makeParameters(embeddingSize: embeddingSize / learners, classes: $0.count, using: &rng)
        })
    }

    /// No rows to draw: each learner's weights live in its own block of the embedding.
    public func weightRows(in parameters: LossParameters) throws -> Tensor? { nil }

    public func constrained(_ parameters: LossParameters) -> LossParameters {
        LossParameters(parameters.entries, parts: parameters.parts.map(base.constrained))
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let width = batch.embeddings.cols / learners
        guard width * learners == batch.embeddings.cols else {
            throw LossError(name, "embeddings have \(batch.embeddings.cols) columns, not \(learners) equal blocks, one per learner")
        }
        guard parameters.parts.count == learners else {
            throw LossError(name, "\(parameters.parts.count) learners' parameters for \(learners) learners (make them with makeParameters)")
        }
        let classes = groupings[0].classes
        if let bad = (batch.labels + batch.referenceLabels).first(where: { !(0 ..< classes).contains($0) }) {
            throw MetaClassError.labelOutsideGrouping(label: bad, classes: classes)
        }
        return try groupings.indices.reduce(LossTerms.none) { terms, l in
            let block = batch.embeddings.block(rows: 0 ..< batch.embeddings.rows, cols: l * width ..< (l + 1) * width)
            let meta = LossBatch(block, labels: batch.labels.map { groupings[l].metaClass[$0] }, generator: batch.generator)
            return terms + (try base.terms(meta, parameters: parameters.parts[l]))
        }
    }
}
