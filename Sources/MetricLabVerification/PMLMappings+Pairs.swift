import MetricLab

extension PMLMappings {
    /// Pair and triplet losses: contrastive, triplet, lifted structure (plain and generalized),
    /// N-pairs, angular.
    public static let pairs: [String: PMLMapping] = [
        "ContrastiveLoss": PMLMapping { m, _ in
            try m.expectOnly(["pos_margin", "neg_margin", "distance", "reducer"])
            return Contrastive(positiveMargin: try m.number("pos_margin", default: 0),
                               negativeMargin: try m.number("neg_margin", default: 1),
                               distance: try m.distance(default: Euclidean()),
                               reducer: try m.reducer(default: .meanOfPositive))
        },
        "TripletMarginLoss": PMLMapping { m, _ in
            try m.expectOnly(["margin", "swap", "smooth_loss", "triplets_per_anchor", "distance", "reducer"])
            try m.expectAllTriplets()
            return Triplet(margin: try m.number("margin", default: 0.05),
                           distance: try m.distance(default: Euclidean()),
                           reducer: try m.reducer(default: .meanOfPositive),
                           smooth: try m.flag("smooth_loss", default: false),
                           swap: try m.flag("swap", default: false))
        },
        "LiftedStructureLoss": PMLMapping { m, _ in try m.liftedStructure(.smooth) },
        "GeneralizedLiftedStructureLoss": PMLMapping { m, _ in try m.liftedStructure(.generalized) },
        "NPairsLoss": PMLMapping { m, _ in
            try m.expectOnly(["distance", "reducer"])
            return NPair(distance: try m.distance(default: CosineSimilarity()), reducer: try m.reducer(default: .mean))
        },
        "AngularLoss": PMLMapping { m, _ in
            try m.expectOnly(["alpha", "distance", "reducer"])
            guard let distance = try m.distance(default: Euclidean()) as? Euclidean, !distance.squared, distance.normalized else {
                throw m.kwargs["distance"]!.error("AngularLoss requires LpDistance(p=2, power=1, normalize_embeddings=True)")
            }
            return Angular(alpha: try m.number("alpha", default: 40), reducer: try m.reducer(default: .mean))
        },
    ]
}

extension PMLComponent {
    /// Fails unless `triplets_per_anchor` is "all", the one setting PML does not sample with torch's generator.
    func expectAllTriplets() throws {
        if let perAnchor = kwargs["triplets_per_anchor"], perAnchor.value != .string("all") {
            throw perAnchor.error("only \"all\" is supported: PML samples the others with torch's generator")
        }
    }

    /// PML's lifted structure losses, which share their kwargs.
    func liftedStructure(_ form: LiftedStructure.Form) throws -> LiftedStructure {
        try expectOnly(["neg_margin", "pos_margin", "distance", "reducer"])
        return LiftedStructure(form: form, negativeMargin: try number("neg_margin", default: 1),
                               positiveMargin: try number("pos_margin", default: 0),
                               distance: try distance(default: Euclidean()),
                               reducer: try reducer(default: .mean))
    }
}
