extension PMLMappings {
    /// Classifier and contrastive losses: normalised softmax, L-Softmax, SphereFace, CosFace, ArcFace (each
    /// reading PML's `W`, embedding × classes, as it is), NT-Xent and SupCon.
    public static let classifiers: [String: PMLMapping] = [
        "NormalizedSoftmaxLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectNoMiner()
            try c.loss.expectOnly(["num_classes", "embedding_size", "temperature", "distance", "reducer"])
            try c.expectLabelsWithinW()
            let distance = try c.loss.distance(default: CosineSimilarity())
            guard distance is CosineSimilarity || distance is DotProduct else {
                throw c.loss.kwargs["distance"]!.error("NormalizedSoftmaxLoss needs DotProductSimilarity")
            }
            return NormalizedSoftmax(temperature: try c.loss.number("temperature", default: 0.05),
                                     normalizesEmbeddings: distance is CosineSimilarity,
                                     reduction: try c.loss.reduction(default: .mean))
        },
        "LargeMarginSoftmaxLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return LSoftmax(margin: try c.integerMargin(), scale: try c.loss.number("scale", default: 1),
                            reduction: try c.loss.reduction(default: .mean))
        },
        "SphereFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return SphereFace(margin: try c.integerMargin(), scale: try c.loss.number("scale", default: 1),
                              reduction: try c.loss.reduction(default: .mean))
        },
        "CosFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return CosFace(margin: try c.loss.number("margin", default: 0.35), scale: try c.loss.number("scale", default: 64),
                           reduction: try c.loss.reduction(default: .mean))
        },
        "ArcFaceLoss": PMLMapping(parameters: [PMLParameter("W")]) { c in
            try c.expectLargeMarginKwargs()
            return ArcFace(marginDegrees: try c.loss.number("margin", default: 28.6),
                           scale: try c.loss.number("scale", default: 64),
                           reduction: try c.loss.reduction(default: .mean))
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
    /// Fails when a label has no column in `W`, which the classifier losses would index past.
    func expectLabelsWithinW() throws {
        guard let classes = parameters["W"]?.cols else { return }
        if let label = labels.first(where: { $0 < 0 || $0 >= classes }) {
            throw error("label \(label) has no column in W, which has \(classes) classes")
        }
    }

    /// The multiple-angle margin m of L-Softmax and SphereFace, truncated to a whole number as PML does.
    func integerMargin() throws -> Int {
        let margin = try loss.number("margin", default: 4)
        guard margin >= 1 else { throw loss.kwargs["margin"]!.error("\(loss.className) needs a margin of at least 1") }
        return Int(margin)
    }

    /// The kwargs PML's LargeMarginSoftmaxLoss family shares; its distance must be cosine similarity.
    func expectLargeMarginKwargs() throws {
        try expectNoMiner()
        try loss.expectOnly(["num_classes", "embedding_size", "margin", "scale", "distance", "reducer"])
        try expectLabelsWithinW()
        guard try loss.distance(default: CosineSimilarity()) is CosineSimilarity else {
            throw loss.kwargs["distance"]!.error("\(loss.className) requires CosineSimilarity, as PML asserts")
        }
    }
}
