/// P2SGrad (Zhang et al. 2019, "P2SGrad: Refined Gradients for Optimizing Deep Face Models"): a
/// classifier trained by the gradient of eq. 11–13 instead of by a loss, which
/// pytorch-metric-learning's P2SGradLoss writes as the mean squared error between the cosines to
/// unit class vectors and the one-hot labels:
///
///     L = 1/(nC) Σᵢ Σⱼ (cos θᵢⱼ − 𝟙[j = yᵢ])²,   cos θᵢⱼ = xᵢ·ŵⱼ / ‖xᵢ‖ (clamped to [−1, 1])
///
/// Why that is the paper's gradient (eq. 11–13): ∂L/∂xᵢ = 2/(nC) Σⱼ (cos θᵢⱼ − 𝟙[j = yᵢ]) ∇ₓcos θᵢⱼ
/// with ∇ₓcos θᵢⱼ = (ŵⱼ − cos θᵢⱼ x̂ᵢ)/‖xᵢ‖, the paper's P2SGrad of a feature up to the constant
/// 2/(nC) a learning rate absorbs. There is no scale s and no margin m to tune, the paper's point,
/// so `.paper` equals the default. For the class vectors PML renormalises each column of `W` in
/// place before every call, off the tape; here each column is divided by ‖wⱼ‖ + 10⁻⁷ (PML's
/// `renorm`) with the division detached, so the value uses unit vectors and the gradient reaches
/// `W` unchanged: ∂L/∂wⱼ = 2/(nC) Σᵢ (cos θᵢⱼ − 𝟙[j = yᵢ]) x̂ᵢ, PML's. That is the paper's
/// gradient of a class vector, (x̂ᵢ − cos θᵢⱼ ŵⱼ) per term, plus a radial part cos θᵢⱼ ŵⱼ, which
/// the normalisation of the next call removes to first order. Unlike PML's, the stored `W` keeps
/// its length from step to step (a loss does not rewrite its parameters); only directions count.
///
/// `W` (`.classWeights`) is embedding × classes, PML's `weight`, drawn uniform on [−1, 1] and its
/// columns normalised, as PML initialises it. PML takes no weight regularizer for this loss.
public struct P2SGrad: Loss {
    /// The loss is already one number (PML's "already_reduced"), which every reducer passes through.
    public var reducer: Reducer

    /// P2SGrad; it has no hyperparameters.
    public init(reducer: Reducer = .mean) {
        self.reducer = reducer
    }

    /// The paper's loss: there is nothing to set, so it is `P2SGrad()`.
    public static let paper = P2SGrad()

    public var name: String { "P2SGrad" }

    /// `W` (`.classWeights`), embedding × classes, uniform on [−1, 1] with unit columns, as PML draws it.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        let w = (0 ..< embeddingSize * classes).map { _ in rng.uniform(-1, 1) }
        let norms = (0 ..< classes).map { j in (0 ..< embeddingSize).reduce(0.0) { $0 + w[$1 * classes + j] * w[$1 * classes + j] }.squareRoot() }
        return LossParameters(.classWeights, Tensor(rows: embeddingSize, cols: classes,
                                                    scalars: w.indices.map { w[$0] / norms[$0 % classes] }))
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try ClassWeights.regularized(parameters, loss: name) }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples (PML's P2SGradLoss refuses an indices_tuple)") }
        let w = try ClassWeights.checked(parameters, batch, loss: name)
        let columnNorms = w.detached.squared().columnSums().scalars.map { $0.squareRoot() }
        if let j = columnNorms.firstIndex(where: { $0 <= 1e-5 }) {
            throw LossError(name, "column \(j) of W has norm \(columnNorms[j]), too small to normalise (PML's renorm needs more than 1e-5)")
        }
        let x = batch.embeddings
        let embeddingNorms = x.squared().rowSums().sqrt()
        if let i = embeddingNorms.scalars.firstIndex(where: { !($0 > 0) }) {
            throw LossError(name, "embedding \(i) is zero and has no angle to the classes")
        }
        // Unit columns in the value, the gradient straight through to W, as PML's in-place renorm.
        let scaled = w.detached * Tensor(rows: 1, cols: w.cols, scalars: columnNorms.map { 1e-5 / ($0 + 1e-7) * 1e5 })
        let unit = w + (scaled - w.detached)
        let cosines = (x.matmul(unit) / embeddingNorms).clamp(min: -1, max: 1)
        return LossTerms(reduced: (cosines - Tensor(Mask.oneHot(batch.labels, classes: w.cols))).squared().mean())
    }
}

extension P2SGrad: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Zhang, Zhao, Yan, Gao, Qiao, Wang & Li", "P2SGrad: Refined Gradients for Optimizing Deep Face Models", "CVPR", 2019, at: "Eqs. 11–13"),
        equation: "L = 1/(nC) Σᵢ Σⱼ (cos θᵢⱼ − 𝟙[j = yᵢ])²   (PML's loss whose gradient is P2SGrad)",
        pytorchMetricLearning: ["P2SGradLoss"])
}
