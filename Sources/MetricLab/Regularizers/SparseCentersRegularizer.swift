/// SoftTriple's regulariser on the centres of each class (Qian et al. 2019, eq. 12), as PML's
/// SparseCentersRegularizer computes it: for the centres s < t of one class,
///
///     term_st = √(2 − 2 cos(w_s, w_t)),   reduced as Σ term / (2 · #pairs),
///
/// the distance between unit centres, so that centres of a class merge when they are redundant.
/// Centres are rows, class c owning rows c·K ..< (c+1)·K. The divisor reducer is the default.
public struct SparseCentersRegularizer: Regularizer {
    /// The number of classes.
    public var classes: Int
    /// The number K of centres of each class (at least 2).
    public var centersPerClass: Int
    /// How the pairs' terms become one number.
    public var reducer: Reducer

    /// The regulariser for `classes` classes of K centres (PML's defaults: divisor reducer).
    public init(classes: Int, centersPerClass: Int, reducer: Reducer = .divisor) {
        self.classes = classes
        self.centersPerClass = centersPerClass
        self.reducer = reducer
    }

    public var name: String { "sparse centres" }

    public func terms(_ rows: Tensor) throws -> LossTerms {
        let k = centersPerClass
        guard k > 1 else { throw LossError(name, "needs at least 2 centres a class, got \(k)") }
        guard rows.rows == classes * k else {
            throw LossError(name, "\(rows.rows) centres are not \(classes) classes of \(k)")
        }
        let sameClass = Mask(rows: rows.rows, cols: rows.rows) { $0 < $1 && $0 / k == $1 / k }
        let similarities = (2 * rows.cosineSimilarities().select(sameClass)).clamp(max: 2)
        let distances = (2 - similarities).sqrtZeroSafe()
        return LossTerms([TermGroup(distances, rows: Array(0 ..< distances.count), divisor: Double(2 * sameClass.count))])
    }
}
