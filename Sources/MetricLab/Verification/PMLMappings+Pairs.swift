extension PMLMappings {
    /// Pair and triplet losses: contrastive, triplet (with PML's TripletMarginMiner), lifted
    /// structure (plain and generalized), N-pairs, angular.
    public static let pairs: [String: PMLMapping] = [
        "ContrastiveLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["pos_margin", "neg_margin", "distance", "reducer"])
            return Contrastive(positiveMargin: try c.loss.number("pos_margin", default: 0),
                               negativeMargin: try c.loss.number("neg_margin", default: 1),
                               distance: try c.loss.distance(default: Euclidean()),
                               reduction: try c.loss.reduction(default: .meanOfPositive))
        },
        "TripletMarginLoss": PMLMapping { c in
            try c.loss.expectOnly(["margin", "swap", "smooth_loss", "triplets_per_anchor", "distance", "reducer"])
            if let perAnchor = c.loss.kwargs["triplets_per_anchor"], perAnchor.value != .string("all") {
                throw perAnchor.error("only \"all\" is supported: PML samples the others with torch's generator")
            }
            return Triplet(margin: try c.loss.number("margin", default: 0.05),
                           distance: try c.loss.distance(default: Euclidean()),
                           reduction: try c.loss.reduction(default: .meanOfPositive),
                           mining: try c.tripletMiner(),
                           smooth: try c.loss.flag("smooth_loss", default: false),
                           swap: try c.loss.flag("swap", default: false))
        },
        "LiftedStructureLoss": PMLMapping { c in try c.liftedStructure(.smooth) },
        "GeneralizedLiftedStructureLoss": PMLMapping { c in try c.liftedStructure(.generalized) },
        "NPairsLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["distance", "reducer"])
            return NPair(distance: try c.loss.distance(default: CosineSimilarity()),
                         reduction: try c.loss.reduction(default: .mean))
        },
        "AngularLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["alpha", "distance", "reducer"])
            guard let distance = try c.loss.distance(default: Euclidean()) as? Euclidean,
                  !distance.squared, distance.normalized else {
                throw c.loss.kwargs["distance"]!.error("AngularLoss requires LpDistance(p=2, power=1, normalize_embeddings=True)")
            }
            return Angular(alpha: try c.loss.number("alpha", default: 40),
                           reduction: try c.loss.reduction(default: .mean))
        },
    ]
}

extension PMLCase {
    /// Fails when the case runs a miner that the loss's mapping does not reproduce.
    public func expectNoMiner() throws {
        if let miner { throw miner.error("no MetricLab counterpart for a miner before \(loss.className)") }
    }

    /// The case's miner as a triplet miner: all triplets when there is none.
    func tripletMiner() throws -> any Miner {
        guard let miner else { return AllTriplets() }
        if miner.className == "BatchHardMiner" {
            try miner.expectOnly(["distance"])
            return BatchHardTriplets(distance: try miner.distance(default: Euclidean()))
        }
        guard miner.className == "TripletMarginMiner" else {
            throw miner.error("no MetricLab counterpart before TripletMarginLoss")
        }
        try miner.expectOnly(["margin", "type_of_triplets", "distance"])
        let kinds = Dictionary(uniqueKeysWithValues: TripletMarginMiner.Kind.allCases.map { ($0.rawValue, $0) })
        return TripletMarginMiner(margin: try miner.number("margin", default: 0.05),
                                  kind: try miner.choice("type_of_triplets", default: .all, kinds),
                                  distance: try miner.distance(default: Euclidean()))
    }

    /// PML's lifted structure losses, which share their kwargs.
    func liftedStructure(_ form: LiftedStructure.Form) throws -> LiftedStructure {
        try expectNoMiner()
        try loss.expectOnly(["neg_margin", "pos_margin", "distance", "reducer"])
        return LiftedStructure(form: form, negativeMargin: try loss.number("neg_margin", default: 1),
                               positiveMargin: try loss.number("pos_margin", default: 0),
                               distance: try loss.distance(default: Euclidean()),
                               reduction: try loss.reduction(default: .mean))
    }
}
