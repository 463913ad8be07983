import MetricLab

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
    /// A second view of the embeddings (PML's `ref_emb`), if the case has one.
    public let refEmbeddings: Tensor?
    /// PML's `indices_tuple`: three or four index lists, or one list a loss reads its own way
    /// (ManifoldLoss's meta-classes).
    public let indicesTuple: FixtureField?
    /// Cross-batch memory's calls: the rows of each batch, in call order.
    public let batches: [[Int]]?
    /// The loss's own parameters as set before the call, by PML attribute name (`W`, `proxies`, `beta`).
    public let parameters: [String: Tensor]
    /// PML's loss value.
    public let value: Double
    /// PML's gradient with respect to the embeddings.
    public let gradient: Tensor
    /// PML's gradient with respect to the second view, when there is one.
    public let refGradient: Tensor?
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
        let root = field.rooted(at: "case \(index) (\(className))")
        origin = root
        loss = PMLComponent(className: className, kwargs: try root.optionalField("kwargs")?.members() ?? [:], origin: root)
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

        let refField = try root.optionalField("refEmbeddings")
        let refEmbeddings = try refField?.matrix()
        if let refEmbeddings, refEmbeddings.cols != embeddings.cols {
            throw refField!.error("rows of \(refEmbeddings.cols) numbers, embeddings have \(embeddings.cols)")
        }
        self.refEmbeddings = refEmbeddings
        indicesTuple = try root.optionalField("indicesTuple")
        let batchesField = try root.optionalField("batches")
        batches = try batchesField?.elements().map { try $0.integers() }
        if let batches, let bad = batches.joined().first(where: { $0 < 0 || $0 >= embeddings.rows }) {
            throw batchesField!.error("row \(bad) is outside the \(embeddings.rows) embeddings")
        }

        parameters = try Self.tensors(root.optionalField("parameters"))
        value = try root.field("value").number()
        gradient = try Self.gradient(root.field("gradient"), like: embeddings)
        refGradient = try root.optionalField("refGradient").map { field in
            guard let refEmbeddings else { throw field.error("a gradient for refEmbeddings, which the case does not give") }
            return try Self.gradient(field, like: refEmbeddings)
        }
        let gradientsField = try root.optionalField("parameterGradients")
        parameterGradients = try Self.tensors(gradientsField)
        for (name, g) in parameterGradients {
            guard let p = parameters[name] else {
                throw (try gradientsField!.field(name)).error("a gradient for a parameter the case does not give")
            }
            guard p.rows == g.rows, p.cols == g.cols else {
                throw (try gradientsField!.field(name)).error("shape \(g.rows)×\(g.cols), the parameter is \(p.rows)×\(p.cols)")
            }
        }
    }

    /// A gradient field of the shape of `x`.
    private static func gradient(_ field: FixtureField, like x: Tensor) throws -> Tensor {
        let g = try field.matrix()
        guard g.rows == x.rows, g.cols == x.cols else {
            throw field.error("shape \(g.rows)×\(g.cols), the input is \(x.rows)×\(x.cols)")
        }
        return g
    }

    /// Matrices by name; a one-dimensional array (MarginLoss's β) is read as a column.
    private static func tensors(_ field: FixtureField?) throws -> [String: Tensor] {
        try (field?.members() ?? [:]).mapValues { try $0.matrixOrColumn() }
    }

    /// The case's `indicesTuple` as pairs or triplets, when it is three or four index lists.
    func indexTuples() throws -> IndexTuples? {
        guard let field = indicesTuple else { return nil }
        let lists = try field.elements()
        guard lists.allSatisfy({ if case .array = $0.value { true } else { false } }) else { return nil }
        let indices = try lists.map { try $0.integers() }
        switch indices.count {
        case 3:
            guard indices[0].count == indices[1].count, indices[1].count == indices[2].count else {
                throw field.error("three lists of unequal length")
            }
            return .triplets(TripletIndices(anchors: indices[0], positives: indices[1], negatives: indices[2]))
        case 4:
            guard indices[0].count == indices[1].count, indices[2].count == indices[3].count else {
                throw field.error("anchor and partner lists of unequal length")
            }
            return .pairs(positive: PairIndices(anchors: indices[0], others: indices[1]),
                          negative: PairIndices(anchors: indices[2], others: indices[3]))
        default:
            throw field.error("\(indices.count) lists: PML's indices_tuple has 3 (triplets) or 4 (pairs)")
        }
    }
}
