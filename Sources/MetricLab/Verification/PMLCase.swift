/// One case of a pytorch-metric-learning fixture: a loss, its inputs and the reference results.
public struct PMLCase: Sendable {
    /// The position of the case in its file, from 0.
    public let index: Int
    /// The loss: its PML class name and keyword arguments.
    public let loss: PMLComponent
    /// The miner PML ran before the loss, if any.
    public let miner: PMLComponent?
    /// The embeddings, a row each (the case's own, or the file's).
    public let embeddings: Tensor
    /// The labels of the embeddings.
    public let labels: [Int]
    /// The loss's own parameters as set before the call, by PML attribute name (`W`, `proxies`, `fc`).
    public let parameters: [String: Tensor]
    /// PML's loss value.
    public let value: Double
    /// PML's gradient with respect to the embeddings.
    public let gradient: Tensor
    /// PML's gradients with respect to the loss's parameters, by attribute name.
    public let parameterGradients: [String: Tensor]
    /// The case as a whole, for errors.
    let origin: FixtureField

    /// How errors and reports name the case: `case 3 (TripletMarginLoss)`.
    public var label: String { "case \(index) (\(loss.className))" }

    /// An error about the case as a whole.
    public func error(_ message: String) -> FixtureError { origin.error(message) }

    /// Reads case `index`; `embeddings` and `labels` are the file's, used when the case has none.
    init(_ field: FixtureField, index: Int, embeddings fileEmbeddings: Tensor?, labels fileLabels: [Int]?) throws {
        self.index = index
        let className = try field.field("loss").string()
        let place = "case \(index) (\(className))"
        let root = field.rooted(at: place)
        origin = root
        loss = PMLComponent(className: className, kwargs: try root.optionalField("kwargs")?.members() ?? [:],
                            origin: root)
        miner = try root.optionalField("miner").map { try PMLComponent($0) }

        let embeddingsField = try root.optionalField("embeddings")
        guard let embeddings = try embeddingsField?.matrix() ?? fileEmbeddings else {
            throw root.error("no embeddings in the case and none in the file")
        }
        let labelsField = try root.optionalField("labels")
        guard let labels = try labelsField?.integers() ?? fileLabels else {
            throw root.error("no labels in the case and none in the file")
        }
        guard labels.count == embeddings.rows else {
            throw (labelsField ?? root).error("\(labels.count) labels for \(embeddings.rows) embeddings")
        }
        self.embeddings = embeddings
        self.labels = labels

        parameters = try Self.matrices(root.optionalField("parameters"))
        value = try root.field("value").number()
        let gradientField = try root.field("gradient")
        gradient = try gradientField.matrix()
        guard gradient.rows == embeddings.rows, gradient.cols == embeddings.cols else {
            throw gradientField.error("shape \(gradient.rows)×\(gradient.cols), embeddings are \(embeddings.rows)×\(embeddings.cols)")
        }
        let gradientsField = try root.optionalField("parameterGradients")
        parameterGradients = try Self.matrices(gradientsField)
        for (name, g) in parameterGradients {
            guard let p = parameters[name] else {
                throw (try gradientsField!.field(name)).error("a gradient for a parameter the case does not give")
            }
            guard p.rows == g.rows, p.cols == g.cols else {
                throw (try gradientsField!.field(name)).error("shape \(g.rows)×\(g.cols), the parameter is \(p.rows)×\(p.cols)")
            }
        }
    }

    private static func matrices(_ field: FixtureField?) throws -> [String: Tensor] {
        try (field?.members() ?? [:]).mapValues { try $0.matrix() }
    }
}
