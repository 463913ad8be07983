import MetricLab
import MetricLabVerification

/// A loss that MetricLab and pytorch-metric-learning both have, configured as PML configures it.
///
/// The MetricLab loss is built from PML's class and keyword arguments by the mapping `metriclab
/// verify` checks, so both sides of a comparison run the same function; `bench/pml_compare.py`
/// reads this table from `metriclab bench --list`.
public struct BenchmarkLoss: Sendable {
    /// The short name printed in tables and JSON (e.g. "contrastive").
    public let key: String
    /// The pytorch-metric-learning class.
    public let pmlClass: String
    /// PML's keyword arguments, a JSON object (classes and embedding size for losses with weights).
    public let pmlKwargs: String
    /// Whether the loss takes two views of each example (PML's `loss(embeddings, ref_emb)`): the
    /// batch is then two views of half as many examples.
    public let views: Bool
    /// The largest batch at which the benchmark runs it (all triplets grow as m³).
    public let largestBatch: Int
    /// The MetricLab loss.
    public let loss: any Loss
    /// Whether the loss compares every pair of the batch (every example with every other, or
    /// every view with every other view), so that its step's bound counts the pairs' products.
    public var comparesPairs: Bool { Self.pairwise.contains(key) }

    /// The shared losses that compare every pair of the batch; the others compare with proxies,
    /// class weights, a memory or statistics of the batch.
    static let pairwise: Set<String> = [
        "contrastive", "triplet", "lifted-structure", "generalized-lifted-structure", "multi-similarity", "circle",
        "ntxent", "supcon", "angular", "ranked-list", "self-supervised", "margin", "nca", "snr-contrastive",
        "tuplet-margin", "intra-pair-variance", "threshold-consistent-margin", "instance", "fastap", "histogram",
        "smooth-ap", "pnp", "dynamic-soft-margin",
    ]

    /// A shared loss on embeddings of the benchmark's four classes (mapped at PML's 2-D size; its
    /// proxies or weights are made at the model's width when a run starts); `loss`, when given, stands
    /// for the mapping where PML draws per call what a fixture would give (manifold meta-classes).
    public init(key: String, pmlClass: String, pmlKwargs: String = "{}", views: Bool = false, largestBatch: Int = .max,
                loss: (any Loss)? = nil) throws {
        self.key = key
        self.pmlClass = pmlClass
        self.pmlKwargs = pmlKwargs
        self.views = views
        self.largestBatch = largestBatch
        self.loss = try loss ?? PMLMappings.loss(pmlClass, kwargs: pmlKwargs, embeddingSize: 2, classes: 4, views: views).loss
    }

    /// The loss as one line of JSON: `key`, `pml_class`, `pml_kwargs`, `views`, `largest_batch`.
    public var jsonLine: String {
        let largest = largestBatch == .max ? "null" : String(largestBatch)
        return #"{"key": "\#(key)", "pml_class": "\#(pmlClass)", "pml_kwargs": \#(pmlKwargs), "views": \#(views), "largest_batch": \#(largest)}"#
    }

    /// The benchmark's classes and embedding size, as PML's classifier losses take them.
    static let weights = #"{"num_classes": 4, "embedding_size": 2}"#

    /// Every loss both libraries have, with PML's defaults (and the arguments PML requires).
    public static func shared() throws -> [BenchmarkLoss] {
        try [
            BenchmarkLoss(key: "contrastive", pmlClass: "ContrastiveLoss"),
            BenchmarkLoss(key: "triplet", pmlClass: "TripletMarginLoss", largestBatch: 512),
            BenchmarkLoss(key: "lifted-structure", pmlClass: "LiftedStructureLoss"),
            BenchmarkLoss(key: "generalized-lifted-structure", pmlClass: "GeneralizedLiftedStructureLoss"),
            BenchmarkLoss(key: "multi-similarity", pmlClass: "MultiSimilarityLoss"),
            BenchmarkLoss(key: "circle", pmlClass: "CircleLoss"),
            BenchmarkLoss(key: "n-pairs", pmlClass: "NPairsLoss"),
            BenchmarkLoss(key: "ntxent", pmlClass: "NTXentLoss"),
            BenchmarkLoss(key: "supcon", pmlClass: "SupConLoss"),
            BenchmarkLoss(key: "angular", pmlClass: "AngularLoss"),
            BenchmarkLoss(key: "ranked-list", pmlClass: "RankedListLoss", pmlKwargs: #"{"margin": 0.4, "Tn": 10}"#),
            BenchmarkLoss(key: "proxy-nca", pmlClass: "ProxyNCALoss", pmlKwargs: weights),
            BenchmarkLoss(key: "proxy-anchor", pmlClass: "ProxyAnchorLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "soft-triple", pmlClass: "SoftTripleLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "normalized-softmax", pmlClass: "NormalizedSoftmaxLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "large-margin-softmax", pmlClass: "LargeMarginSoftmaxLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "sphereface", pmlClass: "SphereFaceLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "cosface", pmlClass: "CosFaceLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "arcface", pmlClass: "ArcFaceLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "cross-batch-memory", pmlClass: "CrossBatchMemory",
                          pmlKwargs: #"{"loss": {"class": "ContrastiveLoss"}, "embedding_size": 2, "memory_size": 1024}"#),
            BenchmarkLoss(key: "self-supervised", pmlClass: "SelfSupervisedLoss",
                          pmlKwargs: #"{"loss": {"class": "TripletMarginLoss"}}"#, views: true, largestBatch: 512),
            BenchmarkLoss(key: "margin", pmlClass: "MarginLoss"),
            BenchmarkLoss(key: "nca", pmlClass: "NCALoss"),
            BenchmarkLoss(key: "snr-contrastive", pmlClass: "SignalToNoiseRatioContrastiveLoss"),
            BenchmarkLoss(key: "tuplet-margin", pmlClass: "TupletMarginLoss"),
            BenchmarkLoss(key: "intra-pair-variance", pmlClass: "IntraPairVarianceLoss"),
            BenchmarkLoss(key: "threshold-consistent-margin", pmlClass: "ThresholdConsistentMarginLoss"),
            BenchmarkLoss(key: "p2sgrad", pmlClass: "P2SGradLoss", pmlKwargs: #"{"descriptors_dim": 2, "num_classes": 4}"#),
            BenchmarkLoss(key: "subcenter-arcface", pmlClass: "SubCenterArcFaceLoss", pmlKwargs: weights),
            BenchmarkLoss(key: "instance", pmlClass: "InstanceLoss"),
            // PML draws the meta-classes of each call with torch's generator; MetricLab from the batch's.
            BenchmarkLoss(key: "manifold", pmlClass: "ManifoldLoss", pmlKwargs: #"{"l": 2, "K": 8}"#, loss: Manifold(proxyCount: 8)),
            BenchmarkLoss(key: "vicreg", pmlClass: "VICRegLoss", views: true),
            BenchmarkLoss(key: "fastap", pmlClass: "FastAPLoss"),
            BenchmarkLoss(key: "histogram", pmlClass: "HistogramLoss"),
            BenchmarkLoss(key: "smooth-ap", pmlClass: "SmoothAPLoss"),
            BenchmarkLoss(key: "pnp", pmlClass: "PNPLoss"),
            // PML's default range ends where normalised differences reach (its last bin fails): −2.5 keeps them inside.
            BenchmarkLoss(key: "dynamic-soft-margin", pmlClass: "DynamicSoftMarginLoss", pmlKwargs: #"{"min_val": -2.5}"#),
        ]
    }
}
