/// How one pytorch-metric-learning loss class becomes a MetricLab loss.
///
/// `makeLoss` reads the case's kwargs (and its miner, for losses that mine) and builds the loss;
/// `parameters` lists the PML attributes (`W`, `proxies`, …) in the order the loss reads them from
/// its `parameters:` argument.
public struct PMLMapping: Sendable {
    /// The loss's own parameters, in the order of its `parameters:` argument.
    public let parameters: [PMLParameter]
    /// Builds the MetricLab loss for a case; throws when a kwarg or miner has no counterpart.
    public let makeLoss: @Sendable (PMLCase) throws -> any Loss

    /// A mapping whose loss reads the given PML parameters, in this order.
    public init(parameters: [PMLParameter] = [], _ makeLoss: @escaping @Sendable (PMLCase) throws -> any Loss) {
        self.parameters = parameters
        self.makeLoss = makeLoss
    }
}

/// A PML loss attribute that is one of the MetricLab loss's parameters.
public struct PMLParameter: Sendable {
    /// The attribute's name in PML and in the fixture (`W`, `proxies`, `fc`).
    public let name: String
    /// Whether MetricLab stores the transpose (e.g. a classes×embedding matrix where PML has W
    /// embedding×classes); values and gradients are transposed on the way in and out.
    public let transposed: Bool

    /// A parameter stored as PML stores it, or transposed.
    public init(_ name: String, transposed: Bool = false) {
        self.name = name
        self.transposed = transposed
    }
}

/// The tables from PML class names to MetricLab losses, one per family of losses.
public enum PMLMappings {
    /// Every family's table joined: the mappings `metriclab verify` uses.
    public static let all: [String: PMLMapping] = joined([pairs, proxies, classifiers])

    /// Joins family tables; a class name in two tables is a programming error.
    static func joined(_ tables: [[String: PMLMapping]]) -> [String: PMLMapping] {
        tables.reduce(into: [:]) { all, table in
            all.merge(table) { _, _ in preconditionFailure("PMLMappings: a PML class is mapped twice") }
        }
    }
}
