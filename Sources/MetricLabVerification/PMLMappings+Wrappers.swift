import MetricLab

extension PMLMappings {
    /// The wrappers: SelfSupervisedLoss and CrossBatchMemory around a loss that compares with
    /// references, and MultipleLosses (a weighted sum).
    public static let wrappers: [String: PMLMapping] = [
        "SelfSupervisedLoss": PMLMapping { component, c in
            try component.expectOnly(["loss", "symmetric"])
            let inner = try nested("loss", of: component, in: c)
            try expectNoParameters(inner, component)
            guard let base = inner.loss as? any ReferenceLoss else {
                throw component.error("SelfSupervisedLoss does not support \(type(of: inner.loss)), as PML does not")
            }
            return selfSupervised(base, symmetric: try component.flag("symmetric", default: true))
        },
        "CrossBatchMemory": PMLMapping { component, c in
            try component.expectOnly(["loss", "embedding_size", "memory_size", "miner"])
            let miner = try component.component("miner").map { try PMLMiners.miner(for: $0) }
            let inner = try nested("loss", of: component, in: c)
            try expectNoParameters(inner, component)
            guard let base = inner.loss as? any ReferenceLoss else {
                throw component.error("CrossBatchMemory does not support \(type(of: inner.loss)), as PML does not")
            }
            let size = try component.integer("memory_size", default: 1024)
            guard size > 0 else { throw component.kwargs["memory_size"]!.error("must be positive") }
            let width = try component.requiredInteger("embedding_size")
            guard width == c.embeddings.cols else {
                throw component.kwargs["embedding_size"]!.error("\(width), but the embeddings have \(c.embeddings.cols) columns")
            }
            return memory(base, size: size, miner: miner)
        },
        "MultipleLosses": PMLMapping { component, c in
            try component.expectOnly(["losses", "weights"])
            guard let list = component.kwargs["losses"] else { throw component.error("losses has no default in PML; give it") }
            let parts = try list.elements().map { try loss(for: PMLComponent($0), in: c) }
            for part in parts { try expectNoParameters(part, component) }
            let weights = try component.kwargs["weights"]?.numbers() ?? parts.map { _ in 1 }
            guard weights.count == parts.count else {
                throw component.kwargs["weights"]!.error("\(weights.count) weights for \(parts.count) losses")
            }
            return WeightedSum(zip(weights, parts).map { WeightedSum.Term(weight: $0, loss: $1.loss) })
        },
    ]

    private static func expectNoParameters(_ inner: MappedLoss, _ component: PMLComponent) throws {
        if !inner.parameters.isEmpty { throw component.error("a wrapped loss with parameters of its own is not mapped") }
    }

    private static func selfSupervised<L: ReferenceLoss>(_ base: L, symmetric: Bool) -> any Loss {
        SelfSupervised(base, symmetric: symmetric)
    }

    private static func memory<L: ReferenceLoss>(_ base: L, size: Int, miner: (any Miner)?) -> any Loss {
        CrossBatchMemory(base, size: size, miner: miner)
    }
}
