/// Deep clustering (Hershey, Chen, Le Roux & Watanabe, "Deep clustering: Discriminative embeddings
/// for segmentation and separation", ICASSP 2016, §2): the embeddings' affinity matrix VVᵀ should be
/// the labels' YYᵀ, 1 for a pair of the same class and 0 for any other,
///
///     C(V) = ‖VVᵀ − YYᵀ‖²_F = ‖VᵀV‖²_F − 2‖VᵀY‖²_F + ‖YᵀY‖²_F
///
/// with V the m×d embeddings (a row each) and Y the m×C one-hot labels of the batch's C classes.
/// The right-hand side is how the paper computes it, and how this loss does: d×d, d×C and C×C
/// products, O(m·(d + C)²), never an m×m matrix. Every pair of the same class (an example with
/// itself too) is pulled to an inner product of 1, every other pair towards orthogonal (0), so that
/// C classes ask for C orthogonal directions; with fewer dimensions than classes C(V) cannot reach 0.
///
/// The paper's V are unit-norm rows (its network normalises its last layer); `init()` normalises
/// each embedding likewise (`normalized: true`). With `normalized: false` the embeddings are used as
/// given, and the diagonal terms (‖vᵢ‖² − 1)² pull each norm towards 1 instead.
///
/// Scale: the paper minimises C(V) as written, a sum over all m² pairs, and so does this loss.
/// Others divide it: asteroid's `deep_clustering_loss` by the number of (non-silent) embeddings m,
/// nussl's `DeepClusteringLoss` by m² (the squared sum of its weights, Wang, Le Roux & Hershey 2018,
/// eq. 7); pytorch-metric-learning has no deep-clustering loss. The paper's leaving out of silent
/// time–frequency bins has no counterpart in a batch of examples. The loss reads the whole batch,
/// so it takes no mined tuples.
public struct DeepClustering: Loss {
    /// Whether each embedding is scaled to unit norm first, as the paper's are.
    public var normalized: Bool

    /// A deep-clustering loss; the default is the paper's, on unit-norm embeddings.
    public init(normalized: Bool = true) {
        self.normalized = normalized
    }

    /// The paper's setting: unit-norm embeddings, the plain sum (the default).
    public static let paper = DeepClustering()

    public var name: String { "deep clustering" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples: it compares every pair of the batch") }
        let v = embeddings(batch.embeddings)
        let y = Self.oneHot(batch.labels)
        let vtv = v.transposed().matmul(v), vty = v.transposed().matmul(y), yty = y.transposed().matmul(y)
        return LossTerms(reduced: vtv.squared().sum() - 2 * vty.squared().sum() + yty.squared().sum())
    }

    /// V: the embeddings as the loss compares them, unit-norm rows when `normalized`.
    func embeddings(_ x: Tensor) -> Tensor { normalized ? x.l2NormalizedRows() : x }

    /// Y: a row per example, a column per class of the batch (in the order of the labels' values).
    static func oneHot(_ labels: [Int]) -> Tensor {
        let column = Dictionary(uniqueKeysWithValues: Set(labels).sorted().enumerated().map { ($1, $0) })
        return Tensor(Mask.oneHot(labels.map { column[$0]! }, classes: column.count))
    }
}

extension DeepClustering: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .clustering,
        paper: Paper("Hershey, Chen, Le Roux & Watanabe", "Deep clustering: Discriminative embeddings for segmentation and separation",
                     "ICASSP", 2016, at: "§2"),
        equation: "C(V) = ‖VVᵀ − YYᵀ‖²_F = ‖VᵀV‖²_F − 2‖VᵀY‖²_F + ‖YᵀY‖²_F,   V the unit-norm embeddings, Y the one-hot labels")
}
