import MetricLab

/// How a pytorch-metric-learning miner class becomes a MetricLab miner.
public struct PMLMinerMapping: Sendable {
    /// Builds the miner from its kwargs.
    public let makeMiner: @Sendable (PMLComponent) throws -> any Miner

    /// A mapping.
    public init(_ makeMiner: @escaping @Sendable (PMLComponent) throws -> any Miner) {
        self.makeMiner = makeMiner
    }
}

/// The tables from PML miner class names to MetricLab miners.
public enum PMLMiners {
    /// Every miner `metriclab verify` maps.
    public static let all: [String: PMLMinerMapping] = basic.merging(zoo) { _, _ in preconditionFailure("PMLMiners: a miner is mapped twice") }

    /// The triplet-margin, batch-hard and multi-similarity miners.
    static let basic: [String: PMLMinerMapping] = [
        "TripletMarginMiner": PMLMinerMapping { m in
            try m.expectOnly(["margin", "type_of_triplets", "distance"])
            let kinds = Dictionary(uniqueKeysWithValues: TripletMarginMiner.Kind.allCases.map { ($0.rawValue, $0) })
            return TripletMarginMiner(margin: try m.number("margin", default: 0.05),
                                      kind: try m.choice("type_of_triplets", default: .all, kinds),
                                      distance: try m.distance(default: Euclidean()))
        },
        "BatchHardMiner": PMLMinerMapping { m in
            try m.expectOnly(["distance"])
            return BatchHardTriplets(distance: try m.distance(default: Euclidean()))
        },
        "MultiSimilarityMiner": PMLMinerMapping { m in
            try m.expectOnly(["epsilon", "distance"])
            return MultiSimilarityMiner(epsilon: try m.number("epsilon", default: 0.1),
                                        distance: try m.distance(default: CosineSimilarity()))
        },
    ]

    /// The MetricLab miner for a PML miner component.
    public static func miner(for component: PMLComponent, mappings: [String: PMLMinerMapping] = all) throws -> any Miner {
        guard let mapping = mappings[component.className] else {
            throw component.origin.error("no MetricLab counterpart for the miner \(component.className)")
        }
        return try mapping.makeMiner(component)
    }
}
