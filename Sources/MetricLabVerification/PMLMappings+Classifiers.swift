import MetricLab

extension PMLMappings {
    /// Classifier and contrastive losses: normalised softmax, L-Softmax, SphereFace, CosFace, ArcFace (each
    /// reading PML's `W`, embedding × classes, as it is), NT-Xent and SupCon.
    public static let classifiers: [String: PMLMapping] = [
        "NormalizedSoftmaxLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectOnly(["num_classes", "embedding_size", "temperature", "distance", "reducer"])
            let distance = try m.distance(default: CosineSimilarity())
            guard distance is CosineSimilarity || distance is DotProduct else {
                throw m.kwargs["distance"]!.error("NormalizedSoftmaxLoss needs DotProductSimilarity")
            }
            return NormalizedSoftmax(temperature: try m.number("temperature", default: 0.05),
                                     normalizesEmbeddings: distance is CosineSimilarity,
                                     reducer: try m.reducer(default: .mean))
        },
        "LargeMarginSoftmaxLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectLargeMarginKwargs()
            return LSoftmax(margin: try m.integerMargin(), scale: try m.number("scale", default: 1), reducer: try m.reducer(default: .mean))
        },
        "SphereFaceLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectLargeMarginKwargs()
            return SphereFace(margin: try m.integerMargin(), scale: try m.number("scale", default: 1), reducer: try m.reducer(default: .mean))
        },
        "CosFaceLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectLargeMarginKwargs()
            return CosFace(margin: try m.number("margin", default: 0.35), scale: try m.number("scale", default: 64),
                           reducer: try m.reducer(default: .mean))
        },
        "ArcFaceLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectLargeMarginKwargs()
            return ArcFace(marginDegrees: try m.number("margin", default: 28.6), scale: try m.number("scale", default: 64),
                           reducer: try m.reducer(default: .mean))
        },
        "NTXentLoss": PMLMapping { m, _ in
            try m.expectOnly(["temperature", "distance", "reducer"])
            return NTXent(temperature: try m.number("temperature", default: 0.07),
                          distance: try m.distance(default: CosineSimilarity()), reducer: try m.reducer(default: .mean))
        },
        "SupConLoss": PMLMapping { m, _ in
            try m.expectOnly(["temperature", "distance", "reducer"])
            return SupCon(temperature: try m.number("temperature", default: 0.1),
                          distance: try m.distance(default: CosineSimilarity()), reducer: try m.reducer(default: .meanOfPositive))
        },
    ]

    /// PML's `W`, embedding × classes, read as it is.
    static let classWeights = [PMLParameter("W", as: .classWeights)]
}

extension PMLComponent {
    /// The multiple-angle margin m of L-Softmax and SphereFace, truncated to a whole number as PML does.
    func integerMargin() throws -> Int {
        let margin = try number("margin", default: 4)
        guard margin >= 1 else { throw kwargs["margin"]!.error("\(className) needs a margin of at least 1") }
        return Int(margin)
    }

    /// The kwargs PML's LargeMarginSoftmaxLoss family shares; its distance must be cosine similarity.
    func expectLargeMarginKwargs() throws {
        try expectOnly(["num_classes", "embedding_size", "margin", "scale", "distance", "reducer"])
        guard try distance(default: CosineSimilarity()) is CosineSimilarity else {
            throw kwargs["distance"]!.error("\(className) requires CosineSimilarity, as PML asserts")
        }
    }
}
