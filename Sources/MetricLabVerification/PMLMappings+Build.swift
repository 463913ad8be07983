import Foundation
import MetricLab

extension PMLMappings {
    /// The MetricLab loss for PML's `className(**kwargs)` on embeddings of `embeddingSize` columns
    /// with labels among `classes`: the mapping `verify` uses, for tools that configure losses the
    /// way PML does (the benchmarks).
    /// - Parameters:
    ///   - kwargs: the keyword arguments as a JSON object, e.g. `{"num_classes": 4}`.
    ///   - views: whether the loss is called on two views, `loss(embeddings, ref_emb)`.
    public static func loss(_ className: String, kwargs: String = "{}", embeddingSize: Int, classes: Int,
                            views: Bool = false) throws -> MappedLoss {
        let file = "\(className)(\(kwargs))"
        let arguments = try JSONValue.parse(Data(kwargs.utf8), file: file)
        let rows = JSONValue.array((0 ..< classes).map { _ in .array([JSONValue](repeating: .number(0), count: embeddingSize)) })
        var fields: [String: JSONValue] = ["loss": .string(className), "kwargs": arguments, "embeddings": rows,
                                           "labels": .array((0 ..< classes).map { .number(Double($0)) }),
                                           "value": .number(0), "gradient": rows]
        if views { fields["refEmbeddings"] = rows }
        let caseValue = JSONValue.object(fields)
        let c = try PMLCase(FixtureField(caseValue, file: file), index: 0, embeddings: nil, labels: nil)
        return try loss(for: c.loss, in: c)
    }
}
