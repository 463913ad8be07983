/// VICReg (Bardes, Ponce & LeCun 2022, "VICReg: Variance-Invariance-Covariance Regularization for
/// Self-Supervised Learning", eq. 1–6): two views Z, Z′ (n × d) of the same examples are pulled
/// together, while each view keeps every dimension's spread and decorrelates its dimensions.
///
///     s(Z, Z′) = 1/n Σᵢ ‖zᵢ − z′ᵢ‖² / d                       invariance (eq. 5)
///     v(Z) = 1/d Σⱼ max(0, 1 − √(Var zʲ + ε))                 variance (eq. 1–2, target γ = 1)
///     c(Z) = 1/d Σ_{j≠k} C(Z)ⱼₖ²,  C(Z) = Z̄ᵀZ̄ / (n − 1)       covariance (eq. 3–4, Z̄ centred)
///     L = λ s(Z, Z′) + μ [v(Z) + v(Z′)] / 2 + ν [c(Z) + c(Z′)]  (eq. 6)
///
/// The halved variance term and the mean over dimensions in s are the authors' code, which
/// pytorch-metric-learning's VICRegLoss follows. As there, the loss is four groups of terms: λ times
/// each example's mean squared difference, μ/2 times each dimension's hinge for either view, and
/// the covariance sum already reduced, so a reducer acts on each group and the results add up; with
/// the default mean this is eq. 6. Defaults λ = μ = 25, ν = 1, ε = 10⁻⁴ are PML's and the
/// paper's, so `.paper` equals `VICReg()`.
///
/// The views come as `LossBatch(views:_:)`, or stacked with one label per instance (the first two
/// rows of each label). Variances need two examples at least; labels play no part (PML takes none).
public struct VICReg: Loss {
    /// λ, the weight of the invariance term (PML's `invariance_lambda`).
    public var invarianceWeight: Double
    /// μ, the weight of the variance terms (PML's `variance_mu`).
    public var varianceWeight: Double
    /// ν, the weight of the covariance terms (PML's `covariance_v`).
    public var covarianceWeight: Double
    /// ε under the square root of each variance.
    public var epsilon: Double
    /// How each group of terms becomes one number.
    public var reducer: Reducer

    /// VICReg with weights λ, μ, ν and ε (PML's defaults: 25, 25, 1, 1e-4, mean).
    public init(invarianceWeight: Double = 25, varianceWeight: Double = 25, covarianceWeight: Double = 1,
                epsilon: Double = 1e-4, reducer: Reducer = .mean) {
        self.invarianceWeight = invarianceWeight
        self.varianceWeight = varianceWeight
        self.covarianceWeight = covarianceWeight
        self.epsilon = epsilon
        self.reducer = reducer
    }

    /// The paper's settings: λ = μ = 25, ν = 1, ε = 10⁻⁴.
    public static let paper = VICReg()

    public var name: String { "VICReg" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples (PML's VICRegLoss refuses an indices_tuple)") }
        guard !reducer.weighsClasses else {
            throw LossError(name, "its terms belong to no class (PML's VICRegLoss takes no labels); use a reducer without class weights")
        }
        let (z, zPrime) = try batch.views(for: name)
        guard z.rows >= 2 else {
            throw LossError(name, "needs two examples at least: variances and covariances divide by n − 1, here \(z.rows) − 1")
        }
        let dimensions = Array(0 ..< z.cols)
        let invariance = invarianceWeight * (z - zPrime).squared().rowMeans()
        return LossTerms([TermGroup(invariance, rows: Array(0 ..< z.rows)).named(.invariance),
                          TermGroup(varianceWeight * variance(z), rows: dimensions).named(.variance),
                          TermGroup(varianceWeight * variance(zPrime), rows: dimensions).named(.referenceVariance),
                          TermGroup(reduced: covarianceWeight * (covariance(z) + covariance(zPrime))).named(.covariance)])
    }

    /// Each dimension's hinge on its standard deviation, halved (a column, one entry per dimension).
    private func variance(_ z: Tensor) -> Tensor {
        let centred = z - z.columnMeans()
        let deviations = (centred.squared().columnSums() / Double(z.rows - 1) + epsilon).sqrt()
        return ((1 - deviations).relu() * 0.5).column()
    }

    /// The sum of the squared off-diagonal covariances over the dimension count (1×1).
    private func covariance(_ z: Tensor) -> Tensor {
        let centred = z - z.columnMeans()
        let c = centred.transposed().matmul(centred) / Double(z.rows - 1)
        return c.squared().rowSums(where: .offDiagonal(z.cols)).sum() / Double(z.cols)
    }
}

extension VICReg: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .selfSupervised,
        paper: Paper("Bardes, Ponce & LeCun", "VICReg: Variance-Invariance-Covariance Regularization for Self-Supervised Learning", "ICLR", 2022, at: "Eqs. 1–6"),
        equation: "L = λ s(Z, Z′) + μ [v(Z) + v(Z′)]/2 + ν [c(Z) + c(Z′)]   (invariance, variance, covariance)",
        pytorchMetricLearning: ["VICRegLoss"])
}
