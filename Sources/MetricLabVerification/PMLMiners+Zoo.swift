import MetricLab

extension PMLMiners {
    /// Pair margin, batch easy-hard, HDC, angular, distance-weighted and uniform histogram miners,
    /// and rows already packaged as triplets.
    static let zoo: [String: PMLMinerMapping] = [
        "PairMarginMiner": PMLMinerMapping { m in
            try m.expectOnly(["pos_margin", "neg_margin", "distance"])
            return PairMarginMiner(positiveMargin: try m.number("pos_margin", default: 0.2),
                                   negativeMargin: try m.number("neg_margin", default: 0.8),
                                   distance: try m.distance(default: Euclidean()))
        },
        "BatchEasyHardMiner": PMLMinerMapping { m in
            try m.expectOnly(["pos_strategy", "neg_strategy", "allowed_pos_range", "allowed_neg_range", "distance"])
            let strategies = Dictionary(uniqueKeysWithValues: BatchEasyHardMiner.Strategy.allCases.map { ($0.rawValue, $0) })
            do {
                return try BatchEasyHardMiner(positives: try m.choice("pos_strategy", default: .easy, strategies),
                                              negatives: try m.choice("neg_strategy", default: .semiHard, strategies),
                                              allowedPositiveRange: try m.range("allowed_pos_range"),
                                              allowedNegativeRange: try m.range("allowed_neg_range"),
                                              distance: try m.distance(default: Euclidean()))
            } catch let error as MinerError {
                throw m.error(error.message)
            }
        },
        "HDCMiner": PMLMinerMapping { m in
            try m.expectOnly(["filter_percentage", "distance"])
            return HDCMiner(fraction: try m.number("filter_percentage", default: 0.5), distance: try m.distance(default: Euclidean()))
        },
        "AngularMiner": PMLMinerMapping { m in
            try m.expectOnly(["angle", "distance"])
            try m.expectUnitEuclidean()
            return AngularMiner(degrees: try m.number("angle", default: 20))
        },
        "DistanceWeightedMiner": PMLMinerMapping { m in
            try m.expectOnly(["cutoff", "nonzero_loss_cutoff", "distance"])
            try m.expectUnitEuclidean()
            return DistanceWeightedMiner(cutoff: try m.number("cutoff", default: 0.5),
                                         nonzeroLossCutoff: try m.number("nonzero_loss_cutoff", default: 1.4))
        },
        "UniformHistogramMiner": PMLMinerMapping { m in
            try m.expectOnly(["num_bins", "pos_per_bin", "neg_per_bin", "distance"])
            return UniformHistogramMiner(bins: try m.integer("num_bins", default: 100),
                                         positivesPerBin: try m.integer("pos_per_bin", default: 10),
                                         negativesPerBin: try m.integer("neg_per_bin", default: 10),
                                         distance: try m.distance(default: Euclidean()))
        },
        "EmbeddingsAlreadyPackagedAsTriplets": PMLMinerMapping { m in
            try m.expectOnly(["distance"])
            // PML accepts a distance here, as every miner does, and never uses it.
            _ = try m.distance(default: Euclidean())
            return EmbeddingsAlreadyPackagedAsTriplets()
        },
    ]
}

extension PMLComponent {
    /// A `[low, high]` keyword as a closed range; absent or null for none.
    fileprivate func range(_ key: String) throws -> ClosedRange<Double>? {
        guard let field = kwargs[key], field.value != .null else { return nil }
        let bounds = try field.numbers()
        guard bounds.count == 2 else { throw field.error("expected [low, high], found \(bounds.count) numbers") }
        // PML would keep nothing from an empty range; a range that keeps nothing is a mistake worth naming.
        guard bounds[0] <= bounds[1] else { throw field.error("low \(bounds[0]) is above high \(bounds[1])") }
        return bounds[0] ... bounds[1]
    }

    /// Fails unless the `distance` keyword is absent or PML's default: AngularMiner and
    /// DistanceWeightedMiner assert LpDistance(p=2, power=1, normalize_embeddings=True).
    fileprivate func expectUnitEuclidean() throws {
        guard let spec = try component("distance") else { return }
        guard let euclidean = try spec.asDistance() as? Euclidean, !euclidean.squared, euclidean.normalized else {
            throw spec.origin.error("\(className) requires LpDistance(p=2, power=1, normalize_embeddings=True), as PML asserts")
        }
    }
}
