/// SoftTriple loss (Qian et al. 2019, "SoftTriple Loss: Deep Metric Learning Without Triplet
/// Sampling", ICCV 2019, §3): a softmax loss over classes that each have K centres.
///
///     S'ᵢ,c = Σₖ softmax_k(S_{i,c}^k / γ) · S_{i,c}^k          (relaxed similarity to class c)
///     Lᵢ = −log( e^{λ(S'ᵢ,yᵢ − δ)} / (e^{λ(S'ᵢ,yᵢ − δ)} + Σ_{c≠yᵢ} e^{λ S'ᵢ,c}) )
///     R = Σ_c Σ_{s<t} √(2 + ε − 2 w_sᵀw_t) / (C·K(K−1))       (centres of a class merge)
///
/// with S the cosine similarity between embeddings and centres; the loss is the mean of Lᵢ plus
/// τ·R. The defaults are pytorch-metric-learning's SoftTripleLoss: λ (`la`) = 20, γ = 0.1,
/// δ = 0.01, K = 10 centres a class, and no regulariser (τ = 0). `SoftTriple.paper` adds the
/// paper's τ = 0.2 (§5.1).
///
/// The centres are PML's `fc`: an embedding×(classes·K) matrix, a centre a column, class c owning
/// columns c·K ..< (c+1)·K; drawn as PML does (Kaiming uniform with a = √5: U(±1/√(classes·K))).
/// `weightRows(in:)` gives them as rows.
public struct SoftTriple: Loss {
    /// The number K of centres of each class.
    public var centersPerClass: Int
    /// The scale λ of the logits (PML's `la`).
    public var lambda: Double
    /// The temperature γ of the softmax over a class's centres.
    public var gamma: Double
    /// The margin δ subtracted from the true class's similarity.
    public var margin: Double
    /// The weight τ of the regulariser that merges redundant centres of a class.
    public var regularization: Double
    /// How examples are compared with centres: a similarity (cosine by default).
    public var distance: any Distance
    /// How the examples' terms become one number (the mean, PML's MeanReducer).
    public var reducer: Reducer

    /// A SoftTriple loss; the defaults are pytorch-metric-learning's.
    public init(centersPerClass: Int = 10, lambda: Double = 20, gamma: Double = 0.1, margin: Double = 0.01,
                regularization: Double = 0, distance: any Distance = CosineSimilarity(), reducer: Reducer = .mean) {
        self.centersPerClass = centersPerClass
        self.lambda = lambda
        self.gamma = gamma
        self.margin = margin
        self.regularization = regularization
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting: K = 10, λ = 20, γ = 0.1, δ = 0.01, τ = 0.2.
    public static let paper = SoftTriple(regularization: 0.2)

    public var name: String { "SoftTriple" }

    /// The centres (`.centers`), embedding × (classes·K), a centre a column as PML's `fc`.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        let centers = classes * centersPerClass
        let bound = 1 / Double(Swift.max(centers, 1)).squareRoot()
        return LossParameters(.centers, Tensor(rows: embeddingSize, cols: centers,
                                               scalars: (0 ..< embeddingSize * centers).map { _ in rng.uniform(-bound, bound) }))
    }


    public func weightRows(in parameters: LossParameters) throws -> Tensor? {
        try parameters.require(.centers, by: name).transposed()
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        guard distance.ordering == .largerIsCloser else {
            throw LossError(name, "the relaxed similarity needs a similarity (larger is closer), not a distance")
        }
        let fc = try parameters.require(.centers, by: name)
        guard fc.rows == embeddings.cols else {
            throw LossError(name, "the centres have \(fc.rows) rows but embeddings have \(embeddings.cols) columns")
        }
        let centers = fc.transposed()
        let k = centersPerClass
        guard k >= 1 else { throw LossError(name, "a class needs at least one centre, got \(k)") }
        guard centers.rows % k == 0 else { throw LossError(name, "\(centers.rows) centres do not split into classes of \(k)") }
        let classes = centers.rows / k
        if let label = labels.first(where: { !(0 ..< classes).contains($0) }) {
            throw LossError(name, "label \(label) is outside the \(classes) classes of the centres")
        }
        let s = distance.matrix(embeddings, centers)
        // Row (i, c) of this view holds S_{i,c}^1…S_{i,c}^K: the softmax over a class's centres
        // is a row softmax, and the relaxed similarity its weighted row sum.
        let byClass = s.reshaped(rows: s.rows * classes, cols: k)
        let relaxed = byClass.softmaxWeightedRowSums(gamma: gamma).reshaped(rows: s.rows, cols: classes)
        let margins = margin * Tensor(Mask.oneHot(labels, classes: classes))
        let loss = LossTerms(perExample: batch.weightedByMiner((lambda * (relaxed - margins)).softmaxCrossEntropyRows(labels: labels)))
        guard regularization > 0, k > 1 else { return loss }
        return loss + LossTerms(reduced: regularization * centerSpread(centers, classes: classes))
    }

    /// The paper's regulariser R: half the mean distance between normalised centres of one class.
    private func centerSpread(_ centers: Tensor, classes: Int) -> Tensor {
        let k = centersPerClass
        let w = centers.l2NormalizedRows()
        let sameClass = Mask(rows: centers.rows, cols: centers.rows) { $0 < $1 && $0 / k == $1 / k }
        // The small ε keeps the square root's slope finite where two centres coincide.
        let distances = ((2 - 2 * w.innerProducts(with: w)).relu() + 1e-10).sqrt()
        return distances.select(sameClass).sum() / Double(classes * k * (k - 1))
    }
}

extension SoftTriple: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Qian, Shang, Sun, Hu, Li & Jin", "SoftTriple Loss: Deep Metric Learning Without Triplet Sampling", "ICCV", 2019, at: "§3"),
        equation: "S'ᵢ,c = Σₖ softmaxₖ(S^k_{i,c}/γ) S^k_{i,c},   Lᵢ = −log( e^{λ(S'ᵢ,yᵢ − δ)} / (e^{λ(S'ᵢ,yᵢ − δ)} + Σ_{c≠yᵢ} e^{λS'ᵢ,c}) ) + τ R(centres)",
        pytorchMetricLearning: ["SoftTripleLoss"])
}
