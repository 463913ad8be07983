/// Prototypical loss (Snell, Swersky & Zemel 2017, "Prototypical Networks for Few-shot Learning",
/// NeurIPS 2017, eq. 1–2): each class's prototype is the mean of its examples in the batch, and
/// each query is classified by a softmax over its negative squared distances to the prototypes.
///
///     c_k = 1/|S_k| Σ_{x∈S_k} x,   p(y = k | q) = exp(−d(q, c_k)) / Σ_{k'} exp(−d(q, c_{k'})),   L = mean_q −log p(y_q | q)
///
/// d is the squared Euclidean distance, the paper's choice (§2.3: a Bregman divergence, so the
/// mean is the right prototype). The paper trains in episodes whose classes have a support set S_k
/// that makes the prototype and query examples that are classified (`.supportQuery(support:)`,
/// the first examples of each class in the batch being its support); `.paper` uses 5 support shots,
/// its miniImageNet 5-shot training. `init()` uses every example as a query instead
/// (`.leaveOneOut`): the prototype of the query's own class is the mean of its other examples,
/// which is the full mean moved away from the query, at a squared distance (n/(n − 1))² times the
/// distance to the full mean; the other classes' prototypes are their full means. A class with a
/// single example in the batch still gives a prototype but no query.
public struct Prototypical: Loss {
    /// Which examples make the prototypes and which are classified.
    public var split: PrototypeSplit
    /// How the queries' cross-entropies become one number.
    public var reducer: Reducer

    /// Prototypical loss; by default every example is a query against the others' prototypes.
    public init(split: PrototypeSplit = .leaveOneOut, reducer: Reducer = .mean) {
        self.split = split
        self.reducer = reducer
    }

    /// The paper's training episodes: 5 support examples per class, the rest queries.
    public static let paper = Prototypical(split: .supportQuery(support: 5))

    public var name: String { "prototypical" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let classes = batch.classes
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let target = batch.labels.map { classIndex[$0]! }
        let members = classes.indices.map { k in batch.labels.indices.filter { target[$0] == k } }
        switch split {
        case .supportQuery(let support):
            guard support >= 1 else { throw LossError(name, "support must be at least 1 example per class, got \(support)") }
            let supports = members.map { Array($0.prefix(support)) }
            let queries = members.flatMap { $0.dropFirst(support) }
            guard !queries.isEmpty else {
                throw LossError(name, "no class of the batch has more than \(support) examples, so none is left as a query")
            }
            let prototypes = Self.means(of: batch.embeddings, groups: supports)
            let distances = batch.embeddings.gatherRows(queries).pairwiseSquaredDistances(prototypes)
            return LossTerms([TermGroup((-distances).softmaxCrossEntropyRows(labels: queries.map { target[$0] }), rows: queries)])
        case .leaveOneOut:
            let queries = batch.labels.indices.filter { members[target[$0]].count >= 2 }
            guard !queries.isEmpty else {
                throw LossError(name, "every class of the batch has a single example, so none has a prototype without itself")
            }
            let prototypes = Self.means(of: batch.embeddings, groups: members)
            // Leaving the query out of its own class's mean scales its distance to that mean by (n/(n − 1))².
            let scale = Tensor(rows: queries.count, cols: classes.count, scalars: queries.flatMap { i in
                classes.indices.map { k in
                    let n = Double(members[k].count)
                    return k == target[i] ? (n / (n - 1)) * (n / (n - 1)) : 1
                }
            })
            let distances = batch.embeddings.gatherRows(queries).pairwiseSquaredDistances(prototypes) * scale
            return LossTerms([TermGroup((-distances).softmaxCrossEntropyRows(labels: queries.map { target[$0] }), rows: queries)])
        }
    }

    /// The prototype of each class 0..<`classes`: the mean of its rows of `embeddings` (what a
    /// figure draws, and what a trained model's queries are classified against).
    public static func prototypes(of embeddings: Tensor, labels: [Int], classes: Int) -> Tensor {
        means(of: embeddings, groups: (0 ..< classes).map { k in labels.indices.filter { labels[$0] == k } })
    }

    /// The mean of each group of rows of `x`, a row per group: a fixed averaging matrix times `x`.
    static func means(of x: Tensor, groups: [[Int]]) -> Tensor {
        var weights = [Double](repeating: 0, count: groups.count * x.rows)
        for (k, group) in groups.enumerated() {
            for i in group { weights[k * x.rows + i] = 1 / Double(group.count) }
        }
        return Tensor(rows: groups.count, cols: x.rows, scalars: weights).matmul(x)
    }
}

/// Which examples of a batch make the prototypes of the prototypical loss, and which are classified.
public enum PrototypeSplit: Sendable, Equatable {
    /// The first `support` examples of each class (in batch order) make its prototype; the rest
    /// are queries (the paper's episodes).
    case supportQuery(support: Int)
    /// Every example is a query, against its own class's mean without itself and the other
    /// classes' full means.
    case leaveOneOut
}

extension Prototypical: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Snell, Swersky & Zemel", "Prototypical Networks for Few-shot Learning", "NeurIPS", 2017, at: "Eq. 2"),
        equation: "L = mean_q −log softmax_k(−‖f(q) − c_k‖²)[y_q],   c_k = 1/|S_k| Σ_{x∈S_k} f(x)")
}
