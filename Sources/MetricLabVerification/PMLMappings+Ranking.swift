import MetricLab

extension PMLMappings {
    /// The ranking and histogram losses: FastAP, histogram loss, Smooth-AP, PNP and dynamic soft margin.
    ///
    /// Histogram loss, PNP and dynamic soft margin return an already reduced value, which every PML
    /// reducer passes through: their `reducer` keyword is read and has no effect, as in PML.
    public static let ranking: [String: PMLMapping] = [
        "FastAPLoss": PMLMapping { m, _ in
            try m.expectOnly(["num_bins", "distance", "reducer"])
            return FastAP(bins: try m.integer("num_bins", default: 10), power: try m.normalizedEuclideanPower(default: 2),
                          reducer: try m.reducer(default: .mean))
        },
        "HistogramLoss": PMLMapping { m, _ in
            try m.expectOnly(["n_bins", "delta", "distance", "reducer"])
            _ = try m.reducer(default: .mean)
            let (bins, delta) = (try m.optionalNumber("n_bins"), try m.optionalNumber("delta"))
            if let bins, let delta, delta != 2 / bins {
                throw m.error("n_bins and delta must satisfy delta = 2/n_bins, as PML asserts; "
                              + "got n_bins = \(bins), delta = \(delta): give one of them")
            }
            let distance = try m.distance(default: CosineSimilarity())
            guard distance.ordering == .largerIsCloser else {
                throw m.kwargs["distance"]!.error("HistogramLoss bins similarities in [−1, 1]; "
                                                  + "PML would bin this distance's values as if larger were closer")
            }
            return HistogramLoss(delta: delta ?? 2 / (bins ?? 100), distance: distance)
        },
        "SmoothAPLoss": PMLMapping { m, _ in
            try m.expectOnly(["temperature", "distance", "reducer"])
            try m.expectCosineSimilarity()
            return SmoothAP(temperature: try m.number("temperature", default: 0.01), reducer: try m.reducer(default: .mean))
        },
        "PNPLoss": PMLMapping { m, _ in
            try m.expectOnly(["b", "alpha", "anneal", "variant", "distance", "reducer"])
            try m.expectCosineSimilarity()
            _ = try m.reducer(default: .mean)
            let (b, alpha) = (try m.number("b", default: 2), try m.number("alpha", default: 1))
            let variant = try m.choice("variant", default: PNP.Variant.plain, [
                "O": .plain, "Ds": .decreasingSlowly, "Dq": .decreasingQuickly(alpha: alpha),
                "Iu": .increasingUnbounded, "Ib": .increasingBounded(b: b),
            ])
            return PNP(variant: variant, temperature: try m.number("anneal", default: 0.01))
        },
        "DynamicSoftMarginLoss": PMLMapping { m, _ in
            try m.expectOnly(["min_val", "num_bins", "momentum", "distance", "reducer"])
            _ = try m.reducer(default: .mean)
            return DynamicSoftMargin(minimum: try m.number("min_val", default: -2), bins: try m.integer("num_bins", default: 10),
                                     momentum: try m.number("momentum", default: 0.01),
                                     power: try m.normalizedEuclideanPower(default: 1))
        },
    ]
}

extension PMLComponent {
    /// The power of the `distance` keyword, which must be LpDistance(p=2, normalize_embeddings=True)
    /// as FastAP and dynamic soft margin assert; `value` (the loss's default) when it is absent.
    fileprivate func normalizedEuclideanPower(default value: Double) throws -> Double {
        guard let spec = try component("distance") else { return value }
        try spec.expectOnly(["normalize_embeddings", "p", "power"])
        guard spec.className == "LpDistance", try spec.flag("normalize_embeddings", default: true), try spec.number("p", default: 2) == 2 else {
            throw kwargs["distance"]!.error("\(className) requires LpDistance(p=2, normalize_embeddings=True), as PML asserts")
        }
        return try spec.number("power", default: 1)
    }

    /// Fails unless the `distance` keyword, when given, is CosineSimilarity, as Smooth-AP and PNP assert.
    fileprivate func expectCosineSimilarity() throws {
        guard let spec = try component("distance") else { return }
        guard spec.className == "CosineSimilarity" else {
            throw kwargs["distance"]!.error("\(className) requires CosineSimilarity, as PML asserts")
        }
        _ = try spec.asDistance()
    }
}
