/// Magnet loss (Rippel et al. 2015, ICLR 2016, "Metric Learning with Adaptive Density Discrimination", §3,
/// the minibatch objective): each class is several clusters, and an example is pulled towards its
/// own cluster's mean and pushed from the clusters of other classes, not from the rest of its class.
///
///     Lₙ = [ ‖rₙ − μ(rₙ)‖² / 2σ² + α + log Σ_{μ: class(μ) ≠ class(rₙ)} e^{−‖rₙ − μ‖² / 2σ²} ]₊
///     σ² = 1/(N − 1) Σₙ ‖rₙ − μ(rₙ)‖²,    L = mean of Lₙ
///
/// which is −log(e^{−‖rₙ − μ(rₙ)‖²/2σ² − α} / Σ e^{−‖rₙ − μ‖²/2σ²}) clipped at 0. The clusters are
/// found by k-means on the batch's embeddings of each class, outside the tape (`clusters`); the
/// means μ and the variance σ² are then computed on the tape from the current embeddings, as the
/// paper's minibatch estimates are. Because only the own cluster attracts, a class may stay
/// spread over several modes: intra-class variation is kept.
///
/// α = 1 is the paper's margin. The paper clusters the whole training set and refreshes the
/// clusters now and then; here each batch is clustered afresh, and K is the user's choice, 2 by
/// default. A class with fewer than K examples gets one cluster per example; a batch of one class
/// has no other-class cluster and a loss of 0.
public struct Magnet: Loss {
    /// The number K of clusters of each class.
    public var clustersPerClass: Int
    /// The margin α between the own cluster and the others.
    public var alpha: Double
    /// The seed of the k-means seeding.
    public var seed: UInt64

    /// A magnet loss with K clusters per class and margin α.
    public init(clustersPerClass: Int = 2, alpha: Double = 1, seed: UInt64 = 0) {
        precondition(clustersPerClass >= 1, "Magnet: a class needs at least one cluster")
        self.clustersPerClass = clustersPerClass
        self.alpha = alpha
        self.seed = seed
    }

    /// The paper's margin α = 1, with two clusters per class for batch-sized data.
    public static let paper = Magnet(clustersPerClass: 2, alpha: 1)

    public var name: String { "magnet" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        let n = labels.count
        let (cluster, clusterClass) = clusters(of: embeddings, labels: labels)
        let count = clusterClass.count
        let sizes = cluster.reduce(into: [Int](repeating: 0, count: count)) { $0[$1] += 1 }
        let averaging = Tensor(rows: count, cols: n, scalars: (0 ..< count * n).map { t in
            cluster[t % n] == t / n ? 1 / Double(sizes[t / n]) : 0
        })
        let means = averaging.matmul(embeddings)
        let squared = embeddings.pairwiseSquaredDistances(means)
        let own = squared.entries(rows: Array(0 ..< n), cols: cluster)
        // A floor keeps σ² positive when every cluster is a single point.
        let twiceVariance = 2 * (own.sum() / Double(Swift.max(n - 1, 1))).clamp(min: 1e-12)
        let otherClass = Mask(rows: n, cols: count) { clusterClass[$1] != labels[$0] }
        let hasOther = Tensor(rows: n, cols: 1, scalars: otherClass.rowHasAny.map { $0 ? 1 : 0 })
        let terms = own / twiceVariance + alpha + (-squared / twiceVariance).logSumExpRows(mask: otherClass)
        return LossTerms(perExample: terms.relu() * hasOther)
    }
}

extension Magnet: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .clustering,
        paper: Paper("Rippel, Paluri, Dollár & Bourdev", "Metric Learning with Adaptive Density Discrimination", "ICLR", 2016, at: "§3"),
        equation: "Lₙ = [ ‖rₙ − μ(rₙ)‖²/2σ² + α + log Σ_{μ: class(μ) ≠ class(rₙ)} e^{−‖rₙ − μ‖²/2σ²} ]₊")
}
