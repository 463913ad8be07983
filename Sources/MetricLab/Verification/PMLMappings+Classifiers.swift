extension PMLMappings {
    /// Classifier and contrastive losses: normalised softmax, SphereFace, CosFace, ArcFace (each
    /// reading PML's `W`, embedding × classes, as it is), NT-Xent and SupCon.
    public static let classifiers: [String: PMLMapping] = [
        "NormalizedSoftmaxLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["num_classes", "embedding_size", "temperature", "distance", "reducer"])
            try c.expectMeanReduction()
            let distance = try c.loss.distance(default: CosineSimilarity())
            guard distance is CosineSimilarity || distance is DotProduct else {
                throw c.loss.kwargs["distance"]!.error("NormalizedSoftmaxLoss needs DotProductSimilarity")
            }
            return NormalizedSoftmax(temperature: try c.loss.number("temperature", default: 0.05),
                                     normalizesEmbeddings: distance is CosineSimilarity)
        },
        "SphereFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            let margin = try c.loss.number("margin", default: 4)
            // PML truncates the margin with int(), as SphereFace's multiple-angle formula needs.
            guard margin >= 1 else { throw c.loss.kwargs["margin"]!.error("SphereFace needs a margin of at least 1") }
            return SphereFace(margin: Int(margin), scale: try c.loss.number("scale", default: 1))
        },
        "CosFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return CosFace(margin: try c.loss.number("margin", default: 0.35), scale: try c.loss.number("scale", default: 64))
        },
        "ArcFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return ArcFace(marginDegrees: try c.loss.number("margin", default: 28.6),
                           scale: try c.loss.number("scale", default: 64))
        },
        "NTXentLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["temperature", "distance", "reducer"])
            return NTXent(temperature: try c.loss.number("temperature", default: 0.07),
                          distance: try c.loss.distance(default: CosineSimilarity()),
                          reduction: try c.loss.reduction(default: .mean))
        },
        "SupConLoss": PMLMapping { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["temperature", "distance", "reducer"])
            return SupCon(temperature: try c.loss.number("temperature", default: 0.1),
                          distance: try c.loss.distance(default: CosineSimilarity()),
                          reduction: try c.loss.reduction(default: .meanOfPositive))
        },
    ]
}

extension PMLCase {
    /// Fails unless the loss averages its per-example terms, the only reduction the classifier losses have.
    func expectMeanReduction() throws {
        guard try loss.reduction(default: .mean) == .mean else {
            throw loss.kwargs["reducer"]!.error("\(loss.className) is mapped with MeanReducer only")
        }
    }

    /// The kwargs PML's LargeMarginSoftmaxLoss family shares; its distance must be cosine similarity.
    func expectLargeMarginKwargs() throws {
        try expectNoMiner()
        try loss.expectOnly(["num_classes", "embedding_size", "margin", "scale", "distance", "reducer"])
        try expectMeanReduction()
        guard try loss.distance(default: CosineSimilarity()) is CosineSimilarity else {
            throw loss.kwargs["distance"]!.error("\(loss.className) requires CosineSimilarity, as PML asserts")
        }
    }
}
