/// Smooth-AP (Brown, Xie, Kalogeiton & Zisserman 2020, "Smooth-AP: Smoothing the Path Towards
/// Large-Scale Image Retrieval", Eqs. 4–5): each query's average precision over its ranking of
/// the batch, with the step "ranked above" replaced by a sigmoid at temperature τ.
///
/// For query q with cosine similarities s_q·, its class P_q (itself included) and the batch Ω,
///
///     R(k, S) = 1 + Σ_{l ∈ S, l ≠ k} σ((s_ql − s_qk)/τ)
///     AP_q = (1/|P_q|) Σ_{k ∈ P_q} R(k, P_q) / R(k, Ω),     L_q = 1 − AP_q,   L = mean of L_q
///
/// Defaults are PML's SmoothAPLoss: τ = 0.01, which is also the paper's value (`SmoothAP.paper`
/// equals `SmoothAP()`), cosine similarity, the mean. A miner weighs each query's term by how often
/// it appears in the tuples. Like PML, the loss refuses a batch whose classes differ in size.
/// PML also assumes the batch laid out as consecutive classes with as many examples per class as
/// there are classes (it cuts the rows into blocks of the class count instead of reading labels);
/// MetricLab reads the labels, which gives PML's numbers on such batches and is invariant to the
/// order of the rows. Ranks are summed row by row, in n² memory where PyTorch takes n³.
public struct SmoothAP: Loss {
    /// The temperature τ of the sigmoid.
    public var temperature: Double
    /// How the queries' terms become one number.
    public var reducer: Reducer

    /// Smooth-AP at temperature τ (PML's default 0.01, the mean).
    public init(temperature: Double = 0.01, reducer: Reducer = .mean) {
        self.temperature = temperature
        self.reducer = reducer
    }

    /// The paper's setting: τ = 0.01, the default.
    public static let paper = SmoothAP()

    public var name: String { "Smooth-AP" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard temperature > 0 else { throw LossError(name, "the temperature τ must be positive, got \(temperature)") }
        guard batch.referencesAreEmbeddings else { throw LossError(name, "ranks the batch against itself; it takes no references (as in PML)") }
        let labels = batch.labels, n = labels.count
        let sizes = labels.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
        guard Set(sizes.values).count <= 1 else {
            let listed = sizes.keys.sorted().map { "class \($0): \(sizes[$0]!)" }.joined(separator: ", ")
            throw LossError(name, "every class needs the same number of examples (as PML requires), got \(listed); "
                                + "sample as many examples of each class")
        }
        guard n > 0 else { return .none }
        let s = CosineSimilarity().matrix(batch.embeddings)
        let sameClass = Mask.sameLabel(labels)
        let withinClass = s.rowSigmoidRankSums(at: sameClass, over: sameClass, temperature: temperature) + 1
        let overall = s.rowSigmoidRankSums(at: sameClass, over: Mask(rows: n, cols: n) { _, _ in true }, temperature: temperature) + 1
        let classSize = Double(sizes.values.first!)
        let ap = (withinClass / overall).rowSums(where: sameClass) / classSize
        return LossTerms(perExample: (1 - ap) * Tensor(rows: n, cols: 1, scalars: batch.minerWeights(anchorsOnly: false))).named(.averagePrecision)
    }
}

extension SmoothAP: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .ranking,
        paper: Paper("Brown, Xie, Kalogeiton & Zisserman", "Smooth-AP: Smoothing the Path Towards Large-Scale Image Retrieval", "ECCV", 2020, at: "Eqs. 4–5"),
        equation: "R(k, S) = 1 + Σ_{l∈S, l≠k} σ((s_ql − s_qk)/τ),   AP_q = 1/|P_q| Σ_{k∈P_q} R(k, P_q) / R(k, Ω),   L = mean 1 − AP_q",
        pytorchMetricLearning: ["SmoothAPLoss"])
}
