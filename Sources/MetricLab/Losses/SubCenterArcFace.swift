import Foundation

/// Sub-centre ArcFace (Deng, Guo, Liu, Gong & Zafeiriou 2020, "Sub-center ArcFace: Boosting Face
/// Recognition by Large-Scale Noisy Web Faces", eq. 2–3): ArcFace with K sub-centres per class, so
/// that noisy examples gather round sub-centres of their own instead of pulling the class's one.
///
///     cos θᵢⱼ = maxₖ cos(xᵢ, wⱼₖ)                                         (eq. 2)
///     L = meanᵢ −log softmax(ℓᵢ)[yᵢ],   ℓᵢⱼ = s · (j = yᵢ ? ψ(cos θᵢⱼ) : cos θᵢⱼ)   (eq. 3)
///
/// with ArcFace's margin function ψ (`ArcFace.targetLogits`). `W` (`.classWeights`) is
/// embedding × (classes·K), class j's sub-centres in columns jK ..< (j+1)K: PML's layout, standard
/// normal. Defaults are PML's SubCenterArcFaceLoss: K = 3, m = 28.6°, s = 64; `.paper` is the
/// paper's K = 3, m = 0.5 rad (28.65°), s = 64. A weight regularizer sees every sub-centre as a row
/// (PML's `W.t()`); with mined tuples each example's term is weighed by how often the tuples use
/// it, as PML does.
public struct SubCenterArcFace: LargeMarginSoftmax {
    /// The number K of sub-centres per class.
    public var subCenters: Int
    /// The additive angular margin m, in degrees as PML gives it.
    public var marginDegrees: Double
    /// The scale s of every logit.
    public var scale: Double
    /// How the per-example cross-entropies become one number.
    public var reducer: Reducer

    /// Sub-centre ArcFace with K sub-centres, margin m in degrees and scale s (PML's defaults: 3, 28.6°, 64, mean).
    public init(subCenters: Int = 3, marginDegrees: Double = 28.6, scale: Double = 64, reducer: Reducer = .mean) {
        self.subCenters = subCenters
        self.marginDegrees = marginDegrees
        self.scale = scale
        self.reducer = reducer
    }

    /// The paper's settings: K = 3, m = 0.5 rad, s = 64.
    public static let paper = SubCenterArcFace(subCenters: 3, marginDegrees: 0.5 * 180 / .pi, scale: 64)

    public var name: String { "Sub-center ArcFace" }

    /// ArcFace's ψ with this margin: cos(θ + m), linear beyond θ = π − m.
    public func targetLogits(fromCosines cosines: Tensor) -> Tensor {
        ArcFace(marginDegrees: marginDegrees, scale: scale).targetLogits(fromCosines: cosines)
    }

    /// `W` (`.classWeights`), embedding × (classes·K), standard normal as in PML.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        ClassWeights.parameters(embeddingSize: embeddingSize, classes: classes * subCenters, using: &rng)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (w, classes) = try checkedWeights(parameters, embeddingSize: batch.embeddings.cols, labels: batch.labels)
        let n = batch.embeddings.rows
        // Each run of K columns is one class: its largest cosine is the class's (eq. 2).
        let cosines = ClassWeights.cosines(batch.embeddings, w).reshaped(rows: n * classes, cols: subCenters)
            .rowMax().reshaped(rows: n, cols: classes)
        let losses = marginLogits(cosines, labels: batch.labels).softmaxCrossEntropyRows(labels: batch.labels)
        return LossTerms(perExample: batch.weightedByMiner(losses))
    }

    /// PML's `get_outliers`: for each class present, its dominant sub-centre (the one most of the
    /// class's examples are nearest to, the first on ties) and, in class order, the examples farther
    /// than `thresholdDegrees` from it, the paper's noisy samples to drop (75° in the paper). PML
    /// returns the dominant sub-centres' vectors; here their index k (the vector is column jK + k).
    public func outliers(of embeddings: Tensor, labels: [Int], parameters: LossParameters,
                         thresholdDegrees: Double = 75) throws -> (outliers: [Int], dominantSubCenters: [Int?]) {
        guard labels.count == embeddings.rows else { throw LossError(name, "\(labels.count) labels for \(embeddings.rows) embeddings") }
        let (w, classes) = try checkedWeights(parameters, embeddingSize: embeddings.cols, labels: labels)
        let cosines = ClassWeights.cosines(embeddings.detached, w.detached)
        let (k, limit) = (subCenters, cos(thresholdDegrees * .pi / 180))
        var outliers: [Int] = [], dominant = [Int?](repeating: nil, count: classes)
        for c in 0 ..< classes {
            let members = labels.indices.filter { labels[$0] == c }
            guard !members.isEmpty else { continue }
            var nearestCounts = [Int](repeating: 0, count: k)
            for i in members { nearestCounts[(0 ..< k).max { cosines[i, c * k + $0] < cosines[i, c * k + $1] }!] += 1 }
            let d = nearestCounts.indices.max { nearestCounts[$0] < nearestCounts[$1] }!
            dominant[c] = d
            outliers += members.filter { cosines[$0, c * k + d] < limit }
        }
        return (outliers, dominant)
    }

    /// `W` and the class count, after checking that `W` holds K sub-centres per class and fits the batch.
    private func checkedWeights(_ parameters: LossParameters, embeddingSize: Int, labels: [Int]) throws -> (Tensor, Int) {
        guard subCenters >= 1 else { throw LossError(name, "needs at least one sub-centre per class, not \(subCenters)") }
        let w = try parameters.require(.classWeights, by: name)
        guard w.rows == embeddingSize else {
            throw LossError(name, "W has \(w.rows) rows but embeddings have \(embeddingSize) columns")
        }
        guard w.cols % subCenters == 0 else {
            throw LossError(name, "W has \(w.cols) columns, not a multiple of the \(subCenters) sub-centres per class")
        }
        let classes = w.cols / subCenters
        if let label = labels.first(where: { $0 < 0 || $0 >= classes }) {
            throw LossError(name, "label \(label) has no sub-centres in W, which has \(classes) classes of \(subCenters)")
        }
        return (w, classes)
    }
}

extension SubCenterArcFace: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Deng, Guo, Liu, Gong & Zafeiriou", "Sub-center ArcFace: Boosting Face Recognition by Large-Scale Noisy Web Faces", "ECCV", 2020, at: "Eqs. 2–3"),
        equation: "cos θᵢⱼ = maxₖ cos(xᵢ, wⱼₖ),   ℓᵢⱼ = s (j = yᵢ ? cos(θᵢⱼ + m) : cos θᵢⱼ)",
        pytorchMetricLearning: ["SubCenterArcFaceLoss"])
}
