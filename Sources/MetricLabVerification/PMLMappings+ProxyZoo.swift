import MetricLab

extension PMLMappings {
    /// P2SGrad, sub-center ArcFace, instance loss, manifold loss and VICReg.
    public static let proxyZoo: [String: PMLMapping] = [
        // PML's `weight` is embedding × classes, as MetricLab's class weights; PML accepts a distance and ignores it.
        "P2SGradLoss": PMLMapping(parameters: [PMLParameter("weight", as: .classWeights)]) { m, c in
            try m.expectOnly(["descriptors_dim", "num_classes", "distance", "reducer"])
            try m.refuseWeightKeywords()
            let dimensions = try m.requiredInteger("descriptors_dim")
            _ = try m.requiredInteger("num_classes")
            guard dimensions == c.embeddings.cols else {
                throw m.kwargs["descriptors_dim"]!.error("is \(dimensions), but the embeddings have \(c.embeddings.cols) columns")
            }
            _ = try m.distance(default: CosineSimilarity())
            return P2SGrad(reducer: try m.reducer(default: .mean))
        },
        "SubCenterArcFaceLoss": PMLMapping(parameters: classWeights) { m, _ in
            try m.expectOnly(["num_classes", "embedding_size", "margin", "scale", "sub_centers", "distance", "reducer"])
            try m.requireCosineSimilarity()
            _ = (try m.requiredInteger("num_classes"), try m.requiredInteger("embedding_size"))
            let subCenters = try m.integer("sub_centers", default: 3)
            guard subCenters >= 1 else { throw m.kwargs["sub_centers"]!.error("must be at least 1") }
            return SubCenterArcFace(subCenters: subCenters, marginDegrees: try m.number("margin", default: 28.6),
                                    scale: try m.number("scale", default: 64), reducer: try m.reducer(default: .mean))
        },
        "InstanceLoss": PMLMapping { m, _ in
            try m.expectOnly(["gamma", "distance", "reducer"])
            try m.refuseWeightKeywords()
            try m.requireCosineSimilarity()
            return InstanceLoss(gamma: try m.number("gamma", default: 64), reducer: try m.reducer(default: .mean))
        },
        // The case's indicesTuple is one list: each example's meta-class. Without it PML draws them
        // with torch's generator, which MetricLab cannot replay.
        "ManifoldLoss": PMLMapping(parameters: [PMLParameter("proxies", as: .proxies)]) { m, c in
            try m.expectOnly(["l", "K", "lambdaC", "alpha", "margin", "distance", "reducer"])
            try m.refuseWeightKeywords()
            let l = try m.requiredInteger("l")
            guard l == c.embeddings.cols else { throw m.kwargs["l"]!.error("is \(l), but the embeddings have \(c.embeddings.cols) columns (PML asserts they agree)") }
            let proxies = try m.integer("K", default: 50)
            guard proxies >= 1 else { throw m.kwargs["K"]!.error("must be at least 1") }
            let lambdaC = try m.number("lambdaC", default: 1)
            guard lambdaC >= 0 else { throw m.kwargs["lambdaC"]!.error("must not be negative (PML raises)") }
            guard lambdaC.isFinite else {
                throw m.kwargs["lambdaC"]!.error("PML's code returns ∞ · L_ctx for λ_C = ∞; MetricLab's Manifold(lambdaC: .infinity) is the context term alone")
            }
            guard let metaClasses = try c.indicesTuple?.integers() else {
                throw m.error("without an indicesTuple of meta-classes PML draws them with torch's generator; give them")
            }
            return Manifold(proxyCount: proxies, lambdaC: lambdaC, alpha: try m.number("alpha", default: 0.8),
                            margin: try m.number("margin", default: 5e-4), distance: try m.distance(default: CosineSimilarity()),
                            metaClasses: metaClasses, reducer: try m.reducer(default: .mean))
        },
        "VICRegLoss": PMLMapping { m, c in
            for key in ["distance", "embedding_regularizer"] where m.kwargs[key] != nil {
                throw m.kwargs[key]!.error("VICRegLoss takes no \(key) (PML raises)")
            }
            try m.expectOnly(["invariance_lambda", "variance_mu", "covariance_v", "eps", "reducer"])
            try m.refuseWeightKeywords()
            guard c.refEmbeddings != nil else { throw m.error("needs refEmbeddings, the second view (PML's ref_emb)") }
            return VICReg(invarianceWeight: try m.number("invariance_lambda", default: 25),
                          varianceWeight: try m.number("variance_mu", default: 25),
                          covarianceWeight: try m.number("covariance_v", default: 1), epsilon: try m.number("eps", default: 1e-4),
                          reducer: try m.reducer(default: .mean))
        },
    ]
}

extension PMLComponent {
    /// Fails for the weight keywords, which PML's losses without class weights or proxies mixed in refuse.
    fileprivate func refuseWeightKeywords() throws {
        for key in ["weight_regularizer", "weight_reg_weight", "weight_init_func"] where kwargs[key] != nil {
            throw kwargs[key]!.error("\(className) does not take \(key) in PML")
        }
    }

    /// Fails unless the distance is PML's CosineSimilarity itself, as the loss asserts.
    fileprivate func requireCosineSimilarity() throws {
        guard let spec = try component("distance") else { return }
        _ = try spec.asDistance()
        guard spec.className == "CosineSimilarity" else {
            throw kwargs["distance"]!.error("\(className) requires CosineSimilarity, as PML asserts")
        }
    }
}
