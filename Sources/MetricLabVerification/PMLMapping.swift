import MetricLab

/// How one pytorch-metric-learning loss class becomes a MetricLab loss.
///
/// `makeLoss` reads the component's kwargs (a case's loss, or a loss nested in a wrapper) and
/// builds the loss; `parameters` says which PML attributes (`W`, `proxies`, `beta`) are which of
/// the loss's named parameters. The regularizers every PML loss accepts, and the case's miner, are
/// added by the harness, not by each mapping.
public struct PMLMapping: Sendable {
    /// The loss's own parameters by their PML attribute names.
    public let parameters: [PMLParameter]
    /// Builds the MetricLab loss; throws when a kwarg has no counterpart.
    public let makeLoss: @Sendable (PMLComponent, PMLCase) throws -> any Loss

    /// A mapping whose loss has the given PML parameters.
    public init(parameters: [PMLParameter] = [], _ makeLoss: @escaping @Sendable (PMLComponent, PMLCase) throws -> any Loss) {
        self.parameters = parameters
        self.makeLoss = makeLoss
    }
}

/// A PML loss attribute that is one of the MetricLab loss's named parameters.
public struct PMLParameter: Sendable {
    /// The attribute's name in PML and in the fixture (`W`, `proxies`, `fc`).
    public let pmlName: String
    /// The MetricLab parameter it is.
    public let name: ParameterName
    /// Whether MetricLab stores the transpose; values and gradients are transposed on the way in and out.
    public let transposed: Bool

    /// PML's `pmlName` is MetricLab's `name`, as stored or transposed.
    public init(_ pmlName: String, as name: ParameterName, transposed: Bool = false) {
        self.pmlName = pmlName
        self.name = name
        self.transposed = transposed
    }
}

/// A MetricLab loss made from a PML component, with the parameters it reads.
public struct MappedLoss: Sendable {
    /// The loss, regularizers included.
    public let loss: any Loss
    /// Its parameters by PML attribute name.
    public let parameters: [PMLParameter]
}

/// The tables from PML class names to MetricLab losses, one per family of losses.
public enum PMLMappings {
    /// Every family's table joined: the mappings `metriclab verify` uses.
    public static let all: [String: PMLMapping] = joined([pairs, proxies, classifiers, wrappers, pairZoo, ranking, proxyZoo])

    /// Joins family tables; a class name in two tables is a programming error.
    static func joined(_ tables: [[String: PMLMapping]]) -> [String: PMLMapping] {
        tables.reduce(into: [:]) { all, table in
            all.merge(table) { _, _ in preconditionFailure("PMLMappings: a PML class is mapped twice") }
        }
    }

    /// The MetricLab loss for a PML loss component: its mapping's loss, plus the embedding and
    /// weight regularizers every PML loss accepts, with the mapping's parameters this loss makes
    /// (MarginLoss has its β only with `learn_beta`).
    public static func loss(for component: PMLComponent, in c: PMLCase, mappings: [String: PMLMapping] = all) throws -> MappedLoss {
        guard let mapping = mappings[component.className] else {
            throw component.origin.error("no MetricLab mapping for \(component.className)")
        }
        var loss = try mapping.makeLoss(component, c)
        var rng = RNG(seed: 0)
        let made = loss.makeParameters(embeddingSize: c.embeddings.cols, classes: (c.labels.max() ?? 0) + 1, using: &rng)
        let parameters = mapping.parameters.filter { made[$0.name] != nil }
        for (key, weightKey, target) in [("weight_regularizer", "weight_reg_weight", RegularizerTarget.weights),
                                         ("embedding_regularizer", "embedding_reg_weight", .embeddings)] {
            guard let spec = try component.component(key) else { continue }
            loss = regularized(loss, try spec.asRegularizer(), weight: try component.number(weightKey, default: 1), on: target)
        }
        return MappedLoss(loss: loss, parameters: parameters)
    }

    /// A loss nested in a wrapper's kwargs (SelfSupervisedLoss's and CrossBatchMemory's `loss`).
    static func nested(_ key: String, of component: PMLComponent, in c: PMLCase) throws -> MappedLoss {
        guard let inner = try component.component(key) else { throw component.error("\(key) has no default in PML; give it") }
        return try loss(for: inner, in: c)
    }

    private static func regularized<L: Loss>(_ loss: L, _ regularizer: any Regularizer, weight: Double,
                                             on target: RegularizerTarget) -> any Loss {
        Regularized(loss, regularizer, weight: weight, on: target)
    }
}
