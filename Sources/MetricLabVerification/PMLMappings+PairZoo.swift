import MetricLab

extension PMLMappings {
    /// Margin, NCA, signal-to-noise-ratio contrastive, tuplet margin, intra-pair variance and threshold-consistent margin losses.
    public static let pairZoo: [String: PMLMapping] = [
        "MarginLoss": PMLMapping(parameters: [PMLParameter("beta", as: .beta)]) { m, _ in
            try m.expectOnly(["margin", "nu", "beta", "triplets_per_anchor", "learn_beta", "num_classes", "distance", "reducer"])
            try m.expectAllTriplets()
            // PML keeps one β per class only when it learns β and num_classes is neither absent nor 0.
            let perClass = try (m.optionalNumber("num_classes") ?? 0) != 0
            let boundary: Margin.Boundary = try m.flag("learn_beta", default: false) ? (perClass ? .learnedPerClass : .learned) : .fixed
            return Margin(margin: try m.number("margin", default: 0.2), beta: try m.number("beta", default: 1.2),
                          nu: try m.number("nu", default: 0), boundary: boundary,
                          distance: try m.distance(default: Euclidean()), reducer: try m.reducer(default: .divisor))
        },
        "NCALoss": PMLMapping { m, _ in
            try m.expectOnly(["softmax_scale", "distance", "reducer"])
            return NCA(softmaxScale: try m.number("softmax_scale", default: 1),
                       distance: try m.distance(default: Euclidean(squared: true)), reducer: try m.reducer(default: .mean))
        },
        "SignalToNoiseRatioContrastiveLoss": PMLMapping { m, _ in
            try m.expectOnly(["pos_margin", "neg_margin", "distance", "reducer"])
            guard let distance = try m.distance(class: "SNRDistance", default: SNRDistance()) as? SNRDistance else {
                throw m.error("requires SNRDistance")
            }
            return SignalToNoiseRatioContrastive(positiveMargin: try m.number("pos_margin", default: 0),
                                                 negativeMargin: try m.number("neg_margin", default: 1),
                                                 distance: distance, reducer: try m.reducer(default: .meanOfPositive))
        },
        "TupletMarginLoss": PMLMapping { m, _ in
            try m.expectOnly(["margin", "scale", "distance", "reducer"])
            _ = try m.distance(class: "CosineSimilarity", default: CosineSimilarity())
            let reducer = try m.reducer(default: .mean)
            switch reducer {
            case .classWeighted, .perAnchor:
                // PML 2.9's tuplet terms are a k×1 column: ClassWeightedReducer broadcasts it against the
                // k weights (the mean of the terms times the mean of the weights), PerAnchorReducer rejects it.
                throw m.kwargs["reducer"]!.error("PML 2.9 mis-shapes its tuplet terms for this reducer; MetricLab weighs each term by its own anchor, which PML cannot check")
            default:
                return TupletMargin(margin: try m.number("margin", default: 5.73), scale: try m.number("scale", default: 64), reducer: reducer)
            }
        },
        "IntraPairVarianceLoss": PMLMapping { m, _ in
            try m.expectOnly(["pos_eps", "neg_eps", "distance", "reducer"])
            return IntraPairVariance(positiveEpsilon: try m.number("pos_eps", default: 0.01),
                                     negativeEpsilon: try m.number("neg_eps", default: 0.01),
                                     distance: try m.distance(default: CosineSimilarity()), reducer: try m.reducer(default: .mean))
        },
        "ThresholdConsistentMarginLoss": PMLMapping { m, _ in
            try m.expectOnly(["lambda_plus", "lambda_minus", "margin_plus", "margin_minus", "distance", "reducer"])
            // PML asserts the distance's class, then takes F.cosine_similarity whatever its settings;
            // the value comes already reduced, so any reducer passes it through.
            if let spec = try m.component("distance"), spec.className != "CosineSimilarity" {
                throw m.kwargs["distance"]!.error("ThresholdConsistentMarginLoss requires CosineSimilarity")
            }
            _ = try m.reducer(default: .mean)
            return ThresholdConsistentMargin(positiveWeight: try m.number("lambda_plus", default: 1),
                                             negativeWeight: try m.number("lambda_minus", default: 1),
                                             positiveMargin: try m.number("margin_plus", default: 0.9),
                                             negativeMargin: try m.number("margin_minus", default: 0.5))
        },
    ]
}

extension PMLComponent {
    /// The `distance` keyword, which PML requires to be of class `className` (its
    /// `assert_distance_type`), as a MetricLab distance; `value` when absent.
    func distance(class className: String, default value: any Distance) throws -> any Distance {
        guard let spec = try component("distance") else { return value }
        guard spec.className == className else { throw kwargs["distance"]!.error("\(self.className) requires \(className)") }
        return try spec.asDistance()
    }
}
