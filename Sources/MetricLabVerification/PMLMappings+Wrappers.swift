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
            try component.expectOnly(["losses", "miners", "weights"])
            guard let list = component.kwargs["losses"] else { throw component.error("losses has no default in PML; give it") }
            // PML takes a list, or a dictionary whose keys also key the miners and the weights.
            let losses = try keyed(list)
            let keys = losses.map(\.key)
            let miners = try component.kwargs["miners"].map { try keyed($0, as: keys, all: false) } ?? [:]
            let weights = try component.kwargs["weights"].map { try keyed($0, as: keys, all: true) } ?? [:]
            return WeightedSum(try losses.map { key, field in
                let part = try loss(for: PMLComponent(field), in: c)
                try expectNoParameters(part, component)
                let weight = try weights[key].map { try $0.number() } ?? 1
                guard let miner = try miners[key].map({ try PMLMiners.miner(for: PMLComponent($0)) }) else {
                    return WeightedSum.Term(weight: weight, loss: part.loss)
                }
                return WeightedSum.Term(weight: weight, loss: mined(part.loss, by: miner))
            })
        },
    ]

    private static func expectNoParameters(_ inner: MappedLoss, _ component: PMLComponent) throws {
        if !inner.parameters.isEmpty { throw component.error("a wrapped loss with parameters of its own is not mapped") }
    }

    /// A list's elements keyed "0", "1", … or a dictionary's members by key, in key order.
    private static func keyed(_ field: FixtureField) throws -> [(key: String, value: FixtureField)] {
        if case .object = field.value { return try field.members().sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        return try field.elements().enumerated().map { (String($0.offset), $0.element) }
    }

    /// A list or dictionary that goes with the losses: as many entries (a null for none), or keys
    /// among theirs (`all`: every key).
    private static func keyed(_ field: FixtureField, as keys: [String], all: Bool) throws -> [String: FixtureField] {
        let entries = try keyed(field)
        if case .array = field.value, entries.count != keys.count {
            throw field.error("\(entries.count) entries for \(keys.count) losses")
        }
        if let stray = entries.first(where: { !keys.contains($0.key) }) { throw stray.value.error("no loss has this key") }
        if all, let missing = keys.first(where: { key in !entries.contains { $0.key == key } }) {
            throw field.error("no entry for the loss '\(missing)'")
        }
        return entries.reduce(into: [:]) { if $1.value.value != .null { $0[$1.key] = $1.value } }
    }

    private static func mined<L: Loss>(_ base: L, by miner: any Miner) -> any Loss {
        Mined(base, by: miner)
    }

    private static func selfSupervised<L: ReferenceLoss>(_ base: L, symmetric: Bool) -> any Loss {
        SelfSupervised(base, symmetric: symmetric)
    }

    private static func memory<L: ReferenceLoss>(_ base: L, size: Int, miner: (any Miner)?) -> any Loss {
        CrossBatchMemory(base, size: size, miner: miner)
    }
}
