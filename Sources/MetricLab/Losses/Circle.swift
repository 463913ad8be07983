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
        LossTerms(perExample: perAnchor(batch, weightsAt: nil))
    }

    /// The loss with the self-paced weights taken at `anchorPoint`.
    func callAsFunction(_ embeddings: Tensor, labels: [Int], weightsAt anchorPoint: Tensor) throws -> Tensor {
        let batch = LossBatch(embeddings, labels: labels)
        return try reducer.reduce(LossTerms(perExample: perAnchor(batch, weightsAt: anchorPoint)), labels: labels,
                                  referenceCount: labels.count)
    }

    /// The anchors' terms with the self-paced weights taken at `anchorPoint`, or at the embeddings
    /// themselves when nil (in training): a smooth function of the embeddings, which is what a
    /// finite-difference check needs.
    func perAnchor(_ batch: LossBatch, weightsAt anchorPoint: Tensor?) -> Tensor {
        let (positives, negatives) = (batch.positiveMask, batch.negativeMask)
        let s = batch.referencesAreEmbeddings ? batch.embeddings.cosineSimilarities() : batch.embeddings.cosineSimilarities(batch.references)
        // At the embeddings the weights' similarities are s's own values, the same function of the same numbers.
        let frozen = anchorPoint.map { anchorPoint in
            (batch.referencesAreEmbeddings ? anchorPoint.detached.cosineSimilarities()
                                           : anchorPoint.detached.cosineSimilarities(batch.references.detached)).scalars
        } ?? s.scalars
        // The logits are −γαₚ(s − Δₚ) and γαₙ(s − Δₙ), the products γ·α made first as the chain of ops made them.
        let (pullWeights, pushWeights) = selfPacedWeights(frozen, rows: s.rows, cols: s.cols)
        let pull = s.logSumExpRows(weights: pullWeights, minus: 1 - m, mask: positives)
        let push = s.logSumExpRows(weights: pushWeights, minus: m, mask: negatives)
        let hasBoth = zip(positives.rowHasAny, negatives.rowHasAny).map { $0 && $1 ? 1.0 : 0 }
        return (pull + push).softplus() * Tensor(rows: hasBoth.count, cols: 1, scalars: hasBoth)
    }

    /// −γ·αₚ and γ·αₙ of every pair, αₚ = [1 + m − s]₊ and αₙ = [s + m]₊, in one pass over the
    /// similarities, its rows split over the cores.
    private func selfPacedWeights(_ similarities: [Double], rows: Int, cols: Int) -> (pull: Tensor, push: Tensor) {
        let (pullScale, pushScale, top, m) = (-gamma, gamma, 1 + m, m)
        var push: [Double] = []
        let pull = similarities.withUnsafeBufferPointer { s in
            [Double](unsafeUninitializedCapacity: s.count) { p, pulled in
                push = [Double](unsafeUninitializedCapacity: s.count) { n, pushed in
                    let (s, p, n) = (s.baseAddress, p.baseAddress, n.baseAddress)
                    forEachChunk(of: rows, work: rows * cols) { chunk in
                        for t in chunk.lowerBound * cols ..< chunk.upperBound * cols {
                            p![t] = pullScale * Swift.max(0, top - s![t])
                            n![t] = pushScale * Swift.max(0, s![t] + m)
                        }
                    }
                    pushed = rows * cols
                }
                pulled = rows * cols
            }
        }
        return (Tensor(rows: rows, cols: cols, scalars: pull), Tensor(rows: rows, cols: cols, scalars: push))
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
