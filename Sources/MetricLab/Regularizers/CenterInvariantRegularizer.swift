/// Center-invariant regularization (Wu et al. 2017, "Deep Face Recognition with Center Invariant
/// Loss", eq. 4): the squared norms of the class vectors held together,
///
///     termᵢ = (‖wᵢ‖² − mean_j ‖wⱼ‖²)² / 4,   averaged over the classes,
///
/// so that no class gets a larger share of the space (PML's CenterInvariantRegularizer).
public struct CenterInvariantRegularizer: Regularizer {
    /// How the classes' terms become one number.
    public var reducer: Reducer

    /// The paper's and PML's regularizer, averaged.
    public init(reducer: Reducer = .mean) {
        self.reducer = reducer
    }

    public var name: String { "center-invariant" }

    public func terms(_ rows: Tensor) throws -> LossTerms {
        let squaredNorms = rows.squared().rowSums()
        return LossTerms(perExample: (squaredNorms - squaredNorms.mean()).squared() / 4)
    }
}

extension Regularizer where Self == CenterInvariantRegularizer {
    /// The center-invariant regularizer.
    public static var centerInvariant: CenterInvariantRegularizer { CenterInvariantRegularizer() }
}
