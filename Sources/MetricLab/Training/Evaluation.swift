/// The quality of an embedding: clustering (NMI) and retrieval (R@K, R-precision, MAP@R), measured
/// at a step of a run or, with `score(_:labels:)`, of any embedding.
///
/// A score is NaN where it is undefined: NMI on a single class, the retrieval scores when no
/// example shares its class with another (`RunWarning` says which).
public struct Evaluation: Sendable {
    /// The step of a run after which it was measured; nil for an embedding scored outside a run.
    public let step: Int?
    /// NMI of a seeded k-means clustering against the labels.
    public let nmi: Double
    /// Recall@1, each example a query against the rest (equal to precision@1 by definition).
    public let recallAt1: Double
    /// R-precision: the share of each query's R nearest that are of its class, R its class's other examples.
    public let rPrecision: Double
    /// MAP@R (Musgrave et al. 2020).
    public let mapAtR: Double
    /// Recall@K for K = 1 … `Evaluation.largestK`, kept so that `recall(at:)` needs no ranking.
    let recalls: [Double]

    /// The largest K `recall(at:)` answers: Song et al. 2016's Recall@1, 2, 4, 8.
    public static let largestK = 8

    /// Recall@K: the share of queries with an example of their class among their K nearest
    /// (each query against the rest, itself left out), for K from 1 to `largestK`.
    public func recall(at k: Int) -> Double {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard (1 ... Self.largestK).contains(k) else {
            fatalError("Evaluation.recall(at: \(k)): K runs from 1 to \(Self.largestK); rank deeper with Retrieval(_:labels:depth:)")
        }
        return recalls[k - 1]
    }

    /// Precision@1: the share of queries whose nearest neighbour is of their class (the same number as `recallAt1`).
    public var precisionAt1: Double { recallAt1 }

    /// Measures `embeddings` (a row per example) against `labels`, as the run's state after `step`.
    public init(step: Int?, embeddings: Tensor, labels: [Int]) {
        self.step = step
        nmi = MetricLab.nmi(embeddings, labels: labels)
        let retrieval = Retrieval(embeddings, labels: labels)
        recalls = (1 ... Self.largestK).map { retrieval.recall(at: $0) }
        recallAt1 = recalls[0]
        rPrecision = retrieval.rPrecision
        mapAtR = retrieval.mapAtR
    }

    /// An evaluation of scores measured before (a cached run's, read back).
    init(step: Int?, nmi: Double, recallAt1: Double, rPrecision: Double, mapAtR: Double, recalls: [Double]) {
        self.step = step
        self.nmi = nmi
        self.recallAt1 = recallAt1
        self.rPrecision = rPrecision
        self.mapAtR = mapAtR
        self.recalls = recalls
    }
}

/// The quality of `embeddings` (a row per example) against their class `labels`: NMI, R@K,
/// R-precision and MAP@R, each example a query against the rest. Scored on classes held out of
/// training (`run.score(on: test)` after `split(heldOutClasses:seed:)`), it is the unseen-class
/// evaluation of Musgrave et al. 2020.
///
/// ```swift
/// let before = score(data.points, labels: data.labels)
/// print(before.nmi, before.recallAt1)
/// ```
///
/// With a `RunCache.current`, the scores of the same embeddings and labels measured before come
/// back from disk (ranking and clustering thousands of points takes longer than reading them).
public func score(_ embeddings: Tensor, labels: [Int]) -> Evaluation {
    let cache = RunCache.current
    let key = cache?.key(["score": embeddings, "labels": labels])
    if let cache, let key, let cached = cache.value(for: key, read: { try Evaluation(reading: &$0) }) { return cached }
    let evaluation = Evaluation(step: nil, embeddings: embeddings, labels: labels)
    if let cache, let key { cache.store(for: key) { evaluation.write(to: &$0) } }
    return evaluation
}
