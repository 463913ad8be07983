extension PMLMappings {
    /// Multi-similarity (with PML's MultiSimilarityMiner), circle, ranked list, and the proxy
    /// losses: Proxy-NCA, Proxy-Anchor and SoftTriple, whose proxies and centres are read in PML's
    /// own layouts.
    public static let proxies: [String: PMLMapping] = [
        "MultiSimilarityLoss": PMLMapping { c in
            try c.loss.expectOnly(["alpha", "beta", "base", "distance", "reducer"])
            return MultiSimilarity(alpha: try c.loss.number("alpha", default: 2),
                                   beta: try c.loss.number("beta", default: 50),
                                   base: try c.loss.number("base", default: 0.5),
                                   distance: try c.loss.distance(default: CosineSimilarity()),
                                   mining: try c.multiSimilarityMiner(),
                                   reduction: try c.loss.reduction(default: .mean))
        },
        "CircleLoss": PMLMapping { c in
            try c.loss.expectOnly(["m", "gamma", "distance", "reducer"])
            guard try c.loss.distance(default: CosineSimilarity()) is CosineSimilarity else {
                throw c.loss.kwargs["distance"]!.error("CircleLoss requires CosineSimilarity")
            }
            return Circle(m: try c.loss.number("m", default: 0.4), gamma: try c.loss.number("gamma", default: 80),
                          mining: try c.multiSimilarityMiner(), reduction: try c.loss.reduction(default: .meanOfPositive))
        },
        // An anchor with no positive beyond α − m adds 0 here; PML's code divides 0 by 0 for it.
        "RankedListLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["margin", "Tn", "imbalance", "alpha", "Tp", "distance", "reducer"])
            guard let marginField = c.loss.kwargs["margin"], let tnField = c.loss.kwargs["Tn"] else {
                throw c.loss.error("margin and Tn have no default in PML; give both")
            }
            let margin = try marginField.number(), tn = try tnField.number()
            if let tp = c.loss.kwargs["Tp"], try tp.number() != 0 { throw tp.error("only Tp = 0 (positives weighed equally) is supported") }
            let imbalance = try c.loss.number("imbalance", default: 0.5)
            let distance = try c.loss.distance(default: Euclidean())
            guard !distance.isSimilarity else { throw c.loss.kwargs["distance"]!.error("RankedListLoss requires a distance") }
            return RankedList(margin: margin, boundary: try c.loss.number("alpha", default: 1 + margin / 2), temperature: tn,
                              positiveWeight: 1 - imbalance, negativeWeight: imbalance, distance: distance,
                              reduction: try c.loss.reduction(default: .mean))
        },
        "ProxyNCALoss": PMLMapping(parameters: [PMLParameter("proxies")]) { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["num_classes", "embedding_size", "softmax_scale", "distance", "reducer"])
            return ProxyNCA(softmaxScale: try c.loss.number("softmax_scale", default: 1),
                            distance: try c.loss.distance(default: Euclidean(squared: true)),
                            reduction: try c.loss.reduction(default: .mean))
        },
        "ProxyAnchorLoss": PMLMapping(parameters: [PMLParameter("proxies")]) { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["num_classes", "embedding_size", "margin", "alpha", "distance"])
            return ProxyAnchor(margin: try c.loss.number("margin", default: 0.1),
                               alpha: try c.loss.number("alpha", default: 32),
                               distance: try c.loss.distance(default: CosineSimilarity()))
        },
        // PML's `fc` is embedding×centres, a centre a column: SoftTriple reads it as it is.
        "SoftTripleLoss": PMLMapping(parameters: [PMLParameter("fc")]) { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["num_classes", "embedding_size", "centers_per_class", "la", "gamma", "margin", "distance", "reducer"])
            let distance = try c.loss.distance(default: CosineSimilarity())
            guard distance.isSimilarity else { throw c.loss.kwargs["distance"]!.error("SoftTripleLoss requires a similarity") }
            let centers = try c.loss.integer("centers_per_class", default: 10)
            guard centers >= 1 else { throw c.loss.kwargs["centers_per_class"]!.error("must be at least 1") }
            return SoftTriple(centersPerClass: centers, lambda: try c.loss.number("la", default: 20),
                              gamma: try c.loss.number("gamma", default: 0.1),
                              margin: try c.loss.number("margin", default: 0.01), distance: distance,
                              reduction: try c.loss.reduction(default: .mean))
        },
    ]
}

extension PMLCase {
    /// The case's miner as a multi-similarity miner (before a pair loss): nil (every pair) when
    /// there is none.
    func multiSimilarityMiner() throws -> MultiSimilarityMiner? {
        guard let miner else { return nil }
        guard miner.className == "MultiSimilarityMiner" else {
            throw miner.error("no MetricLab counterpart before \(loss.className)")
        }
        try miner.expectOnly(["epsilon", "distance"])
        return MultiSimilarityMiner(epsilon: try miner.number("epsilon", default: 0.1),
                                    distance: try miner.distance(default: CosineSimilarity()))
    }
}
