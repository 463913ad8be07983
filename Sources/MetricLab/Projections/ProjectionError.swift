import Foundation

/// Why a projection could not be computed, naming the method and the setting or input at fault.
public struct ProjectionError: Error, CustomStringConvertible, LocalizedError {
    /// The method, as a title names it: `PCA` or `t-SNE`.
    public let method: String
    /// The input or setting at fault (`points`, `perplexity`, `components`, `initialisation`, …).
    public let field: String
    /// What is wrong, in a sentence fragment.
    public let reason: String

    /// `method: field: reason`.
    public var description: String { "\(method): \(field): \(reason)" }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }

    /// Throws unless every entry of `points` is finite, naming the first row that is not.
    static func requireFinite(_ points: Tensor, method: String, field: String = "points") throws(ProjectionError) {
        guard let bad = points.scalars.firstIndex(where: { !$0.isFinite }) else { return }
        throw ProjectionError(method: method, field: field,
                              reason: "row \(bad / max(points.cols, 1)) holds \(points.scalars[bad]), not a finite number")
    }
}
