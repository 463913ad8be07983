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

    /// Fails unless every keyword given is one the mapping understands (or `collect_stats`, which
    /// only switches PML's statistics on and off).
    public func expectOnly(_ known: Set<String>) throws {
        if let unknown = kwargs.keys.sorted().first(where: { !known.contains($0) && $0 != "collect_stats" }) {
            throw kwargs[unknown]!.error("\(className) keyword not supported by the MetricLab mapping")
        }
    }

    /// A number keyword, or PML's default.
    public func number(_ key: String, default value: Double) throws -> Double {
        try kwargs[key]?.number() ?? value
    }

    /// A whole-number keyword, or PML's default.
    public func integer(_ key: String, default value: Int) throws -> Int {
        try kwargs[key]?.integer() ?? value
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

    /// The `distance` keyword as a MetricLab distance, or the loss's default.
    ///
    /// LpDistance(p=2) maps to `Euclidean` (power 2 = squared; normalize_embeddings defaults to true),
    /// CosineSimilarity to `CosineSimilarity`, DotProductSimilarity to `DotProduct` (or to cosine when it
    /// normalises, its default).
    public func distance(default value: any Distance) throws -> any Distance {
        guard let field = kwargs["distance"] else { return value }
        let spec = try PMLComponent(field)
        let normalize = try spec.flag("normalize_embeddings", default: true)
        switch spec.className {
        case "LpDistance":
            try spec.expectOnly(["normalize_embeddings", "p", "power"])
            guard try spec.number("p", default: 2) == 2 else { throw spec.kwargs["p"]!.error("only p = 2 is supported") }
            let power = try spec.number("power", default: 1)
            guard power == 1 || power == 2 else { throw spec.kwargs["power"]!.error("only power 1 or 2 is supported") }
            return Euclidean(squared: power == 2, normalized: normalize)
        case "CosineSimilarity":
            try spec.expectOnly(["normalize_embeddings"])
            return CosineSimilarity()
        case "DotProductSimilarity":
            try spec.expectOnly(["normalize_embeddings"])
            return normalize ? CosineSimilarity() : DotProduct()
        default:
            throw field.error("distance class '\(spec.className)' has no MetricLab counterpart")
        }
    }

    /// The `reducer` keyword as a MetricLab reduction, or the loss's default.
    public func reduction(default value: Reduction) throws -> Reduction {
        guard let field = kwargs["reducer"] else { return value }
        let spec = try PMLComponent(field)
        try spec.expectOnly([])
        switch spec.className {
        case "MeanReducer": return .mean
        case "AvgNonZeroReducer": return .meanOfPositive
        case "SumReducer": return .sum
        default: throw field.error("reducer class '\(spec.className)' has no MetricLab counterpart")
        }
    }
}
