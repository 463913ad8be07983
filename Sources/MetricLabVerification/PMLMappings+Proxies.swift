import MetricLab

extension PMLMappings {
    /// Multi-similarity, circle, ranked list, and the proxy losses: Proxy-NCA, Proxy-Anchor and
    /// SoftTriple, whose proxies and centres are read in PML's own layouts.
    public static let proxies: [String: PMLMapping] = [
        "MultiSimilarityLoss": PMLMapping { m, _ in
            try m.expectOnly(["alpha", "beta", "base", "distance", "reducer"])
            return MultiSimilarity(alpha: try m.number("alpha", default: 2), beta: try m.number("beta", default: 50),
                                   base: try m.number("base", default: 0.5),
                                   distance: try m.distance(default: CosineSimilarity()),
                                   reducer: try m.reducer(default: .mean))
        },
        "CircleLoss": PMLMapping { m, _ in
            try m.expectOnly(["m", "gamma", "distance", "reducer"])
            guard try m.distance(default: CosineSimilarity()) is CosineSimilarity else {
                throw m.kwargs["distance"]!.error("CircleLoss requires CosineSimilarity")
            }
            return Circle(m: try m.number("m", default: 0.4), gamma: try m.number("gamma", default: 80),
                          reducer: try m.reducer(default: .meanOfPositive))
        },
        "RankedListLoss": PMLMapping { m, _ in
            try m.expectOnly(["margin", "Tn", "imbalance", "alpha", "Tp", "distance", "reducer"])
            guard let marginField = m.kwargs["margin"], let tnField = m.kwargs["Tn"] else {
                throw m.error("margin and Tn have no default in PML; give both")
            }
            let margin = try marginField.number(), tn = try tnField.number()
            let imbalance = try m.number("imbalance", default: 0.5)
            guard (0 ... 1).contains(imbalance) else { throw m.kwargs["imbalance"]!.error("must be between 0 and 1, as PML asserts") }
            let distance = try m.distance(default: Euclidean())
            guard distance.ordering == .smallerIsCloser else { throw m.kwargs["distance"]!.error("RankedListLoss requires a distance") }
            return RankedList(margin: margin, boundary: try m.number("alpha", default: 1 + margin / 2), temperature: tn,
                              positiveTemperature: try m.number("Tp", default: 0),
                              positiveWeight: 1 - imbalance, negativeWeight: imbalance, distance: distance,
                              normalization: .pml, reducer: try m.reducer(default: .mean))
        },
        "ProxyNCALoss": PMLMapping(parameters: [PMLParameter("proxies", as: .proxies)]) { m, _ in
            try m.expectOnly(["num_classes", "embedding_size", "softmax_scale", "distance", "reducer"])
            return ProxyNCA(softmaxScale: try m.number("softmax_scale", default: 1),
                            distance: try m.distance(default: Euclidean(squared: true)),
                            reducer: try m.reducer(default: .mean))
        },
        "ProxyAnchorLoss": PMLMapping(parameters: [PMLParameter("proxies", as: .proxies)]) { m, _ in
            try m.expectOnly(["num_classes", "embedding_size", "margin", "alpha", "distance", "reducer"])
            return ProxyAnchor(margin: try m.number("margin", default: 0.1), alpha: try m.number("alpha", default: 32),
                               distance: try m.distance(default: CosineSimilarity()),
                               reducer: try m.reducer(default: .divisor))
        },
        // PML's `fc` is embedding×centres, a centre a column: SoftTriple reads it as it is.
        "SoftTripleLoss": PMLMapping(parameters: [PMLParameter("fc", as: .centers)]) { m, _ in
            try m.expectOnly(["num_classes", "embedding_size", "centers_per_class", "la", "gamma", "margin", "distance", "reducer"])
            let distance = try m.distance(default: CosineSimilarity())
            guard distance.ordering == .largerIsCloser else { throw m.kwargs["distance"]!.error("SoftTripleLoss requires a similarity") }
            let centers = try m.integer("centers_per_class", default: 10)
            guard centers >= 1 else { throw m.kwargs["centers_per_class"]!.error("must be at least 1") }
            return SoftTriple(centersPerClass: centers, lambda: try m.number("la", default: 20),
                              gamma: try m.number("gamma", default: 0.1),
                              margin: try m.number("margin", default: 0.01), distance: distance,
                              reducer: try m.reducer(default: .mean))
        },
    ]
}
