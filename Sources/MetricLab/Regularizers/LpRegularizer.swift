/// The Lp norm of each row raised to a power, ‖xᵢ‖ₚ^power (PML's LpRegularizer; p = 2, power 1,
/// mean by default): keeps embeddings from growing, the usual weight decay on them.
public struct LpRegularizer: Regularizer {
    /// The order p of the norm.
    public var p: Double
    /// The power the norm is raised to.
    public var power: Double
    /// How the rows' terms become one number.
    public var reducer: Reducer

    /// ‖xᵢ‖ₚ^power, averaged; the defaults are PML's.
    public init(p: Double = 2, power: Double = 1, reducer: Reducer = .mean) {
        self.p = p
        self.power = power
        self.reducer = reducer
    }

    public var name: String { "L\(p == p.rounded() ? String(Int(p)) : String(p)) regularizer" }

    public func terms(_ rows: Tensor) throws -> LossTerms {
        // p = 2 through the zero-safe root: a zero row has slope 0, as torch.norm's.
        let norms = p == 2 ? rows.squared().rowSums().sqrtZeroSafe()
            : p == 1 ? rows.abs().rowSums()
            : rows.abs().pow(p).rowSums().pow(1 / p)
        return LossTerms(perExample: power == 1 ? norms : norms.pow(power))
    }
}

extension Regularizer where Self == LpRegularizer {
    /// ‖xᵢ‖ₚ^power, averaged.
    public static func lp(p: Double = 2, power: Double = 1) -> LpRegularizer { LpRegularizer(p: p, power: power) }
}
