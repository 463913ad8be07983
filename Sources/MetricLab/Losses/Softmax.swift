/// Softmax cross-entropy on a linear classifier: the classification baseline whose penultimate
/// features are the embedding.
///
///     L = meanᵢ −log softmax(xᵢW + b)[yᵢ]
///
/// Horiguchi et al. 2017 ("Significance of Softmax-Based Features in Comparison to Distance
/// Metric Learning-Based Features") show such features rival metric-learning ones for retrieval.
/// The classifier is `W` (embedding × classes, PML's layout) and a bias row `b`, both initialised
/// as PyTorch's `nn.Linear`: uniform in ±1/√embedding. It has no hyperparameters, so
/// `Softmax.paper` is `Softmax()`.
public struct Softmax: Loss {
    /// Whether the classifier has a bias row `b`.
    public var hasBias: Bool

    /// Softmax cross-entropy on xW + b (or xW without the bias).
    public init(hasBias: Bool = true) {
        self.hasBias = hasBias
    }

    /// The baseline as Horiguchi et al. train it: a linear classifier with its bias.
    public static let paper = Softmax()

    public var name: String { "Softmax" }

    /// `W` (`.classWeights`, embedding × classes) and, with a bias, `b` (`.bias`, 1 × classes).
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        let bound = 1 / Double(embeddingSize).squareRoot()
        func uniform(_ rows: Int) -> Tensor {
            Tensor(rows: rows, cols: classes, scalars: (0 ..< rows * classes).map { _ in rng.uniform(-bound, bound) })
        }
        let weights = uniform(embeddingSize)
        return hasBias ? LossParameters([(.classWeights, weights), (.bias, uniform(1))]) : LossParameters(.classWeights, weights)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let weights = try ClassWeights.checked(parameters, batch, loss: name)
        let product = batch.embeddings.matmul(weights)
        let logits = hasBias ? product + (try parameters.require(.bias, by: name)) : product
        return LossTerms(perExample: logits.softmaxCrossEntropyRows(labels: batch.labels))
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try ClassWeights.regularized(parameters, loss: name) }
}

extension Softmax: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Horiguchi, Ikami & Aizawa", "Significance of Softmax-Based Features in Comparison to Distance Metric Learning-Based Features", "arXiv", 2017, at: "the whole paper"),
        equation: "L = meanᵢ −log softmax(xᵢW + b)[yᵢ]")
}
