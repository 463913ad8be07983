/// The NMI between the labels and a k-means clustering of the embeddings, with k the number of
/// distinct labels: how well the embedding's clusters recover the classes (1 = exactly).
///
/// The metric of Song et al. 2016/2017 and Musgrave et al. 2020; geometric normalisation by
/// default, as in the papers. k-means is seeded, so the same embeddings always score the same.
/// NaN, undefined, for a single class or no labels: one cluster always recovers one class.
public func nmi(_ embeddings: Tensor, labels: [Int], normalization: NMINormalization = .geometric,
                restarts: Int = 10, seed: UInt64 = 0) -> Double {
    precondition(embeddings.rows == labels.count, "nmi: \(embeddings.rows) embeddings but \(labels.count) labels")
    let k = Set(labels).count
    guard k > 1 else { return .nan }
    let clusters = kMeans(embeddings, k: k, restarts: restarts, seed: seed)
    return normalizedMutualInformation(labels, clusters.assignments, normalization: normalization)
}
