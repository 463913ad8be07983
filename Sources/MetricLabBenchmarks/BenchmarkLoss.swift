import MetricLab

/// A loss that MetricLab and pytorch-metric-learning both have, as the benchmarks name it.
///
/// `key` is what `metriclab bench --json` prints in its `loss` field and what
/// `bench/pml_compare.py` matches against PML's class `pmlClass`; both sides use their defaults.
public struct BenchmarkLoss: Sendable {
    /// The short name printed in tables and JSON (e.g. "contrastive").
    public let key: String
    /// The pytorch-metric-learning class with the same defaults.
    public let pmlClass: String
    /// The loss with PML's defaults.
    public let loss: any Loss
    /// The largest batch at which the benchmark runs it (all triplets grow as m³).
    public let largestBatch: Int

    /// A shared loss.
    public init(key: String, pmlClass: String, loss: any Loss, largestBatch: Int = .max) {
        self.key = key
        self.pmlClass = pmlClass
        self.loss = loss
        self.largestBatch = largestBatch
    }

    /// Every loss both libraries have whose PML defaults MetricLab reproduces, without trainable
    /// parameters of its own (so both sides see the same function of the same embeddings).
    public static let shared: [BenchmarkLoss] = [
        BenchmarkLoss(key: "contrastive", pmlClass: "ContrastiveLoss", loss: Contrastive()),
        BenchmarkLoss(key: "triplet", pmlClass: "TripletMarginLoss", loss: Triplet(), largestBatch: 512),
        BenchmarkLoss(key: "lifted-structure", pmlClass: "LiftedStructureLoss", loss: LiftedStructure()),
        BenchmarkLoss(key: "generalized-lifted-structure", pmlClass: "GeneralizedLiftedStructureLoss",
                      loss: LiftedStructure.generalized),
        BenchmarkLoss(key: "multi-similarity", pmlClass: "MultiSimilarityLoss", loss: MultiSimilarity()),
        BenchmarkLoss(key: "circle", pmlClass: "CircleLoss", loss: Circle()),
        BenchmarkLoss(key: "n-pairs", pmlClass: "NPairsLoss", loss: NPair()),
        BenchmarkLoss(key: "ntxent", pmlClass: "NTXentLoss", loss: NTXent()),
        BenchmarkLoss(key: "supcon", pmlClass: "SupConLoss", loss: SupCon()),
    ]
}
