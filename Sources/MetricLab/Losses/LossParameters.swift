/// The name of a loss's own trainable parameter: what a notebook reads back (`.proxies`) and what
/// reference fixtures map their attribute names to.
public struct ParameterName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as written.
    public let rawValue: String

    /// A name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    /// One proxy per class, a row each (Proxy-NCA, Proxy-Anchor, manifold loss).
    public static let proxies: ParameterName = "proxies"
    /// A classifier's class weights `W`, embedding × classes, a class a column (PML's layout).
    public static let classWeights: ParameterName = "classWeights"
    /// A classifier's bias row, 1 × classes.
    public static let bias: ParameterName = "bias"
    /// Class centres: rows (center loss), or SoftTriple's centres as columns (PML's `fc`).
    public static let centers: ParameterName = "centers"
    /// MarginLoss's boundary β: one value, or one per class (a column).
    public static let beta: ParameterName = "beta"
    /// CLIP's learned log inverse temperature.
    public static let logScale: ParameterName = "logScale"
}

/// A loss's own trainable state, by name: proxies, class weights, centres, β. A loss made of
/// other losses (a weighted sum) keeps each part's parameters as a part of its own.
///
/// The training loop hands the optimizer `tensors` and takes back `replacing(_:)`; a notebook
/// reads a parameter by name: `run.lossParameters[.proxies]`.
public struct LossParameters: Sendable {
    /// The loss's own parameters, in the order it made them.
    public private(set) var entries: [(name: ParameterName, value: Tensor)]
    /// The parameters of the losses this one is made of, in their order.
    public private(set) var parts: [LossParameters]

    /// Named parameters, and the parameters of parts.
    public init(_ entries: [(name: ParameterName, value: Tensor)] = [], parts: [LossParameters] = []) {
        precondition(Set(entries.map(\.name)).count == entries.count, "LossParameters: a name is given twice")
        self.entries = entries
        self.parts = parts
    }

    /// One named parameter.
    public init(_ name: ParameterName, _ value: Tensor) {
        self.init([(name, value)])
    }

    /// No parameters.
    public static let none = LossParameters()

    /// The parameter of that name, if the loss has one.
    public subscript(_ name: ParameterName) -> Tensor? {
        entries.first { $0.name == name }?.value
    }

    /// The parameter of that name, or an error naming the loss that needs it.
    public func require(_ name: ParameterName, by loss: String) throws -> Tensor {
        guard let value = self[name] else {
            throw LossError(loss, "no \(name) given (make them with makeParameters)")
        }
        return value
    }

    /// Every tensor, own entries first and then each part's, depth first: what an optimizer steps.
    public var tensors: [Tensor] { entries.map(\.value) + parts.flatMap(\.tensors) }

    /// The same names and parts with new values, taken from `tensors` in the order of `tensors`.
    public func replacing(_ tensors: [Tensor]) -> LossParameters {
        var rest = tensors[...]
        return replacing(&rest)
    }

    private func replacing(_ rest: inout ArraySlice<Tensor>) -> LossParameters {
        var copy = self
        for k in copy.entries.indices {
            let value = rest.removeFirst()
            precondition(value.rows == copy.entries[k].value.rows && value.cols == copy.entries[k].value.cols,
                         "LossParameters.replacing: \(copy.entries[k].name) changes shape")
            copy.entries[k].value = value
        }
        copy.parts = parts.map { $0.replacing(&rest) }
        return copy
    }

    /// Every tensor as a fresh variable of the tape, names and parts kept.
    public var asVariables: LossParameters { replacing(tensors.map(\.asVariable)) }

    /// Every tensor detached from the tape.
    public var detached: LossParameters { replacing(tensors.map(\.detached)) }

    /// The dotted names of every tensor, in the order of `tensors` (parts as `0.proxies`).
    public var names: [String] {
        entries.map(\.name.rawValue) + parts.enumerated().flatMap { k, part in part.names.map { "\(k).\($0)" } }
    }
}
