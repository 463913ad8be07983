/// |Σₖ xᵢₖ| of each row: pushes every row's coordinates to sum to zero (PML's ZeroMeanRegularizer,
/// from the zero-mean constraint of Wang et al.'s NormFace era; mean by default).
public struct ZeroMeanRegularizer: Regularizer {
    /// How the rows' terms become one number.
    public var reducer: Reducer

    /// |Σₖ xᵢₖ|, averaged by default.
    public init(reducer: Reducer = .mean) {
        self.reducer = reducer
    }

    public var name: String { "zero-mean regularizer" }

    public func terms(_ rows: Tensor) throws -> LossTerms {
        LossTerms(perExample: rows.rowSums().abs())
    }
}

extension Regularizer where Self == ZeroMeanRegularizer {
    /// |Σₖ xᵢₖ|, averaged.
    public static var zeroMean: ZeroMeanRegularizer { ZeroMeanRegularizer() }
}
