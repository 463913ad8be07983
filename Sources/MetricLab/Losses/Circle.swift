/// Circle loss (Sun et al. 2020, "Circle Loss: A Unified Perspective of Pair Similarity
/// Optimization", Eq. 6 with the margins of Eq. 8), in its pair-based form.
///
///     Lᵢ = log(1 + Σ_{j∈Nᵢ} e^{γ αₙʲ (sₙʲ − Δₙ)} · Σ_{k∈Pᵢ} e^{−γ αₚᵏ (sₚᵏ − Δₚ)})
///
/// for each anchor i with cosine similarities sₚ to its positives and sₙ to its negatives (all of
/// them, or those a miner keeps, as PML allows a miner before any pair loss). The
/// self-paced weights αₚ = [1 + m − sₚ]₊ and αₙ = [sₙ + m]₊ (Eq. 5) are constants of the step, as
/// the paper prescribes, and Δₚ = 1 − m, Δₙ = m. An anchor without a positive or a negative has no
/// term; by default the loss is the mean over the anchors whose term is above zero (PML's
/// AvgNonZeroReducer).
///
/// The defaults m = 0.4, γ = 80 are the paper's fine-grained image retrieval setting (§4.1) and
/// pytorch-metric-learning's CircleLoss defaults, so `Circle.paper` is the same loss;
/// `Circle.faceRecognition` is the paper's face recognition and re-identification setting.
public struct Circle: ReferenceLoss {
    /// The relaxation m: the radius of the decision boundary and the margins' source.
    public var m: Double
    /// The scale γ.
    public var gamma: Double
    /// How the anchors' terms become one number (PML's AvgNonZeroReducer by default).
    public var reducer: Reducer

    /// A circle loss; the defaults are the paper's retrieval setting and PML's.
    public init(m: Double = 0.4, gamma: Double = 80, reducer: Reducer = .meanOfPositive) {
        self.m = m
        self.gamma = gamma
        self.reducer = reducer
    }

    /// The paper's fine-grained retrieval setting, m = 0.4, γ = 80 (PML's defaults too).
    public static let paper = Circle(m: 0.4, gamma: 80)

    /// The paper's face recognition and person re-identification setting, m = 0.25, γ = 256.
    public static let faceRecognition = Circle(m: 0.25, gamma: 256)

    public var name: String { "circle" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        LossTerms(perExample: perAnchor(batch, weightsAt: batch.embeddings))
    }

    /// The loss with the self-paced weights taken at `anchorPoint`.
    func callAsFunction(_ embeddings: Tensor, labels: [Int], weightsAt anchorPoint: Tensor) throws -> Tensor {
        let batch = LossBatch(embeddings, labels: labels)
        return try reducer.reduce(LossTerms(perExample: perAnchor(batch, weightsAt: anchorPoint)), labels: labels,
                                  referenceCount: labels.count)
    }

    /// The anchors' terms with the self-paced weights taken at `anchorPoint` (the embeddings
    /// themselves in training): a smooth function of the embeddings, which is what a
    /// finite-difference check needs.
    func perAnchor(_ batch: LossBatch, weightsAt anchorPoint: Tensor) -> Tensor {
        let (positives, negatives) = (batch.positiveMask, batch.negativeMask)
        let s = batch.referencesAreEmbeddings ? batch.embeddings.cosineSimilarities() : batch.embeddings.cosineSimilarities(batch.references)
        let frozen = (batch.referencesAreEmbeddings ? anchorPoint.detached.cosineSimilarities()
                                                   : anchorPoint.detached.cosineSimilarities(batch.references.detached)).scalars
        let weightP = Tensor(rows: s.rows, cols: s.cols, scalars: frozen.map { Swift.max(0, 1 + m - $0) })
        let weightN = Tensor(rows: s.rows, cols: s.cols, scalars: frozen.map { Swift.max(0, $0 + m) })
        let pull = (-gamma * weightP * (s - (1 - m))).logSumExpRows(mask: positives)
        let push = (gamma * weightN * (s - m)).logSumExpRows(mask: negatives)
        let hasBoth = zip(positives.rowHasAny, negatives.rowHasAny).map { $0 && $1 ? 1.0 : 0 }
        return (pull + push).softplus() * Tensor(rows: hasBoth.count, cols: 1, scalars: hasBoth)
    }
}

extension Circle: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Sun, Cheng, Zhang, Zhang, Zheng, Wang & Wei", "Circle Loss: A Unified Perspective of Pair Similarity Optimization", "CVPR", 2020, at: "Eqs. 6 and 8"),
        equation: "Lᵢ = log(1 + Σ_{j∈Nᵢ} e^{γ αₙ (sₙ − Δₙ)} · Σ_{k∈Pᵢ} e^{−γ αₚ (sₚ − Δₚ)}),   αₚ = [1 + m − sₚ]₊, αₙ = [sₙ + m]₊, Δₚ = 1 − m, Δₙ = m",
        pytorchMetricLearning: ["CircleLoss"])
}
