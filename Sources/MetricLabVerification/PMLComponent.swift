import MetricLab

/// A pytorch-metric-learning object as a fixture names it: a class and its keyword arguments.
///
/// Mappings read keyword arguments through the typed accessors, giving PML's default for an absent
/// one; a wrong type or an unknown keyword is an error naming the case and the field.
public struct PMLComponent: Sendable {
    /// The PML class name, e.g. `TripletMarginLoss`.
    public let className: String
    /// The keyword arguments as given (PML's defaults apply to the absent ones).
    public let kwargs: [String: FixtureField]
    /// Where the component sits, for errors about the component as a whole.
    let origin: FixtureField

    /// Keywords every loss accepts, read by the mapping harness rather than by each loss's mapping:
    /// statistics switches and the regularizers.
    static let sharedKeywords: Set<String> = ["collect_stats", "embedding_regularizer", "embedding_reg_weight",
                                              "weight_regularizer", "weight_reg_weight", "weight_init_func"]

    /// Reads `{"class": …, "kwargs": {…}}`, or a bare class name as a string.
    init(_ field: FixtureField) throws {
        origin = field
        if case .string(let name) = field.value {
            className = name
            kwargs = [:]
            return
        }
        className = try field.field("class").string()
        kwargs = try field.optionalField("kwargs")?.members() ?? [:]
    }

    /// A component whose class and kwargs sit under other keys (a case's `loss` and `kwargs`).
    init(className: String, kwargs: [String: FixtureField], origin: FixtureField) {
        self.className = className
        self.kwargs = kwargs
        self.origin = origin
    }

    /// An error about the component as a whole.
    public func error(_ message: String) -> FixtureError { origin.error("\(className): \(message)") }

    /// Fails unless every keyword given is one the mapping understands or one every loss shares.
    public func expectOnly(_ known: Set<String>) throws {
        if let unknown = kwargs.keys.sorted().first(where: { !known.contains($0) && !Self.sharedKeywords.contains($0) }) {
            throw kwargs[unknown]!.error("\(className) keyword not supported by the MetricLab mapping")
        }
    }

    /// A number keyword, or PML's default.
    public func number(_ key: String, default value: Double) throws -> Double {
        try kwargs[key]?.number() ?? value
    }

    /// A number keyword that PML may also leave as null, or the default.
    public func optionalNumber(_ key: String) throws -> Double? {
        guard let field = kwargs[key], field.value != .null else { return nil }
        return try field.number()
    }

    /// A whole-number keyword, or PML's default.
    public func integer(_ key: String, default value: Int) throws -> Int {
        try kwargs[key]?.integer() ?? value
    }

    /// A whole-number keyword that must be given (PML has no default).
    public func requiredInteger(_ key: String) throws -> Int {
        guard let field = kwargs[key] else { throw error("\(key) has no default in PML; give it") }
        return try field.integer()
    }

    /// A boolean keyword, or PML's default.
    public func flag(_ key: String, default value: Bool) throws -> Bool {
        try kwargs[key]?.bool() ?? value
    }

    /// A string keyword, or PML's default.
    public func text(_ key: String, default value: String) throws -> String {
        try kwargs[key]?.string() ?? value
    }

    /// A string keyword that must be one of the given choices.
    public func choice<T>(_ key: String, default value: T, _ choices: [String: T]) throws -> T {
        guard let field = kwargs[key] else { return value }
        let word = try field.string()
        guard let chosen = choices[word] else {
            throw field.error("'\(word)' is not one of \(choices.keys.sorted().joined(separator: ", "))")
        }
        return chosen
    }

    /// A nested object keyword (`{"class": …, "kwargs": …}`), if given.
    public func component(_ key: String) throws -> PMLComponent? {
        try kwargs[key].map { try PMLComponent($0) }
    }
}

extension PMLComponent {
    /// The `distance` keyword as a MetricLab distance, or the loss's default.
    public func distance(default value: any Distance) throws -> any Distance {
        guard let spec = try component("distance") else { return value }
        return try spec.asDistance()
    }

    /// This component as a PML distance: LpDistance (p, power, normalize_embeddings), CosineSimilarity,
    /// DotProductSimilarity, SNRDistance.
    public func asDistance() throws -> any Distance {
        let normalize = try flag("normalize_embeddings", default: true)
        let power = try number("power", default: 1)
        func plain() throws {
            if power != 1 { throw kwargs["power"]!.error("\(className) with a power other than 1 has no MetricLab counterpart") }
        }
        switch className {
        case "LpDistance":
            try expectOnly(["normalize_embeddings", "p", "power"])
            let p = try number("p", default: 2)
            guard p > 0 else { throw kwargs["p"]!.error("p must be positive") }
            if p == 2 && (power == 1 || power == 2) { return Euclidean(squared: power == 2, normalized: normalize) }
            return LpDistance(p: p, power: power, normalized: normalize)
        case "CosineSimilarity":
            try expectOnly(["normalize_embeddings", "power"])
            try plain()
            return CosineSimilarity()
        case "DotProductSimilarity":
            try expectOnly(["normalize_embeddings", "power"])
            try plain()
            return normalize ? CosineSimilarity() : DotProduct()
        case "SNRDistance":
            try expectOnly(["normalize_embeddings", "power"])
            try plain()
            return SNRDistance(normalized: normalize)
        default:
            throw origin.error("distance class '\(className)' has no MetricLab counterpart")
        }
    }

    /// The `reducer` keyword as a MetricLab reducer, or the loss's default.
    public func reducer(default value: Reducer) throws -> Reducer {
        guard let spec = try component("reducer") else { return value }
        return try spec.asReducer()
    }

    /// This component as a PML reducer.
    public func asReducer() throws -> Reducer {
        switch className {
        case "MeanReducer": try expectOnly([]); return .mean
        case "AvgNonZeroReducer": try expectOnly([]); return .meanOfPositive
        case "SumReducer": try expectOnly([]); return .sum
        case "DivisorReducer": try expectOnly([]); return .divisor
        case "DoNothingReducer": try expectOnly([]); return .none
        case "ThresholdReducer":
            try expectOnly(["low", "high"])
            let (low, high) = (try optionalNumber("low"), try optionalNumber("high"))
            guard low != nil || high != nil else { throw error("give low, high or both, as PML asserts") }
            return .threshold(low: low, high: high)
        case "PerAnchorReducer":
            try expectOnly(["reducer"])
            return .perAnchor(try reducer(default: .mean))
        case "ClassWeightedReducer":
            try expectOnly(["weights"])
            guard let weights = kwargs["weights"] else { throw error("weights has no default in PML; give it") }
            return .classWeighted(try weights.numbers())
        case "MultipleReducers":
            try expectOnly(["reducers", "default_reducer"])
            guard let given = kwargs["reducers"] else { throw error("reducers has no default in PML; give it") }
            var reducers: [SubLoss: Reducer] = [:]
            for (name, field) in try given.members() {
                guard let part = SubLoss(rawValue: name) else {
                    throw field.error("'\(name)' is not a sub-loss name of PML (\(SubLoss.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                reducers[part] = try PMLComponent(field).asReducer()
            }
            let otherwise = try component("default_reducer")?.asReducer() ?? .mean
            return .bySubLoss(reducers, otherwise: otherwise)
        default:
            throw origin.error("reducer class '\(className)' has no MetricLab counterpart")
        }
    }

    /// This component as a PML regularizer.
    public func asRegularizer() throws -> any Regularizer {
        let reducerOf = { (value: Reducer) in try self.reducer(default: value) }
        switch className {
        case "LpRegularizer":
            try expectOnly(["p", "power", "reducer"])
            return LpRegularizer(p: try number("p", default: 2), power: try number("power", default: 1), reducer: try reducerOf(.mean))
        case "ZeroMeanRegularizer":
            try expectOnly(["reducer"])
            return ZeroMeanRegularizer(reducer: try reducerOf(.mean))
        case "RegularFaceRegularizer":
            try expectOnly(["reducer", "distance"])
            return RegularFaceRegularizer(distance: try distance(default: CosineSimilarity()), reducer: try reducerOf(.mean))
        case "CenterInvariantRegularizer":
            try expectOnly(["reducer", "distance"])
            if let spec = try component("distance") {
                guard let lp = try spec.asDistance() as? Euclidean, !lp.squared, !lp.normalized else {
                    throw spec.origin.error("CenterInvariantRegularizer requires LpDistance(power=1, normalize_embeddings=False)")
                }
            }
            return CenterInvariantRegularizer(reducer: try reducerOf(.mean))
        case "SparseCentersRegularizer":
            try expectOnly(["num_classes", "centers_per_class", "reducer", "distance"])
            if let spec = try component("distance"), !(try spec.asDistance() is CosineSimilarity) {
                throw spec.origin.error("SparseCentersRegularizer requires CosineSimilarity")
            }
            return SparseCentersRegularizer(classes: try requiredInteger("num_classes"),
                                            centersPerClass: try requiredInteger("centers_per_class"),
                                            reducer: try reducerOf(.divisor))
        default:
            throw origin.error("regularizer class '\(className)' has no MetricLab counterpart")
        }
    }
}
