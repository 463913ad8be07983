/// A penalty on a matrix of rows: a batch's embeddings, or a loss's own weights as rows (PML's
/// regularizers). A loss adds one, times a weight, with `regularizing(embeddings:weight:)` or
/// `regularizing(weights:weight:)`.
public protocol Regularizer: Sendable {
    /// A short name for loss names and errors.
    var name: String { get }
    /// How the regularizer's terms become one number (the mean unless it says otherwise).
    var reducer: Reducer { get }
    /// The regularizer's terms for `rows`, one group.
    func terms(_ rows: Tensor) throws -> LossTerms
}

extension Regularizer {
    public var reducer: Reducer { .mean }

    /// The penalty of `rows`: its terms reduced, each row its own class (as PML passes labels).
    public func callAsFunction(_ rows: Tensor) throws -> Tensor {
        try reducer.reduce(terms(rows), labels: Array(0 ..< rows.rows), referenceCount: rows.rows)
    }
}
