/// Neighbourhood components analysis (Goldberger, Roweis, Hinton & Salakhutdinov 2004, eq. 1–2):
/// each example picks a neighbour among the others with a softmax over their closeness, and should
/// pick one of its own class,
///
///     pᵢⱼ = exp(−s·d(i, j)) / Σ_{k ≠ i} exp(−s·d(i, k)),   pᵢ = Σ_{j ∈ Cᵢ} pᵢⱼ,   ℓᵢ = −log pᵢ
///
/// with Cᵢ the examples of i's class and s the softmax scale; a similarity enters as +s·S. PML's
/// NCALoss minimises −log pᵢ, the log-likelihood form g of the paper's §2; the paper's objective f
/// is the expected number of examples classified right, Σᵢ pᵢ (`.probability`: ℓᵢ = −pᵢ). An example
/// whose pᵢ is zero (no other example of its class, or weights that underflow) has no term. With
/// mined tuples each term is weighted by how often its example appears in them (PML's miner
/// weights). Against other references an example's own reference is no candidate (`identity`):
/// PML's CrossBatchMemory keeps the example's copy in its memory among NCALoss's candidates (its
/// removal of self-comparisons reaches only the tuples, which NCALoss reads for weights), which
/// makes pᵢ nearly 1; here it is left out, as by every `ReferenceLoss`.
///
/// `init()` gives PML 2.9's NCALoss: s = 1, squared Euclidean distance of normalised embeddings,
/// −log pᵢ, mean over the terms. `NCA.paper` is the paper's f on the squared Euclidean distance of
/// the embeddings as they are (its linear projections Ax), averaged instead of summed.
public struct NCA: ReferenceLoss {
    /// What each example's term is.
    public enum Objective: Sendable {
        /// −log pᵢ (PML; the paper's g).
        case logProbability
        /// −pᵢ (the paper's f).
        case probability
    }

    /// The scale s of the logits (PML's `softmax_scale`).
    public var softmaxScale: Double
    /// How embeddings are compared.
    public var distance: any Distance
    /// The term of each example.
    public var objective: Objective
    /// How the examples' terms become one number.
    public var reducer: Reducer

    /// An NCA loss; the defaults are PML's NCALoss().
    public init(softmaxScale: Double = 1, distance: any Distance = Euclidean(squared: true),
                objective: Objective = .logProbability, reducer: Reducer = .mean) {
        self.softmaxScale = softmaxScale
        self.distance = distance
        self.objective = objective
        self.reducer = reducer
    }

    /// The paper's objective f on the squared Euclidean distance of unnormalised embeddings, s = 1.
    public static let paper = NCA(distance: Euclidean(squared: true, normalized: false), objective: .probability)

    public var name: String { "NCA" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let n = batch.embeddings.rows
        guard n > 1 else { return .none }
        var unmined = batch
        unmined.tuples = nil
        // Every reference but the example itself is a candidate neighbour; those of its class count.
        let candidates = batch.referencesAreEmbeddings ? Mask.offDiagonal(n)
            : Mask(rows: n, cols: batch.references.rows) { batch.identity[$0] != $1 }
        let sameClass = unmined.positiveMask
        // log pᵢ, −∞ where pᵢ is 0 (no classmate, or its weights underflow): those have no term, as in PML.
        let logP = distance.logSoftmaxMassRows(batch.embeddings, batch.references, of: sameClass, within: candidates,
                                               of: softmaxScale * distance.within(0))
        let kept = (0 ..< n).filter { logP.scalars[$0] > -.infinity }
        let chosen = logP.gatherRows(kept)
        var terms = objective == .logProbability ? -chosen : -chosen.exp()
        if batch.tuples != nil {
            let weights = batch.minerWeights(anchorsOnly: !batch.referencesAreEmbeddings)
            terms = terms * Tensor(rows: kept.count, cols: 1, scalars: kept.map { weights[$0] })
        }
        return LossTerms([TermGroup(terms, rows: kept)])
    }
}

extension NCA: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Goldberger, Roweis, Hinton & Salakhutdinov", "Neighbourhood Components Analysis", "NIPS", 2004, at: "Eqs. 1–2"),
        equation: "pᵢⱼ = e^{−s·d(i, j)} / Σ_{k≠i} e^{−s·d(i, k)},   pᵢ = Σ_{j∈Cᵢ} pᵢⱼ,   ℓᵢ = −log pᵢ (or −pᵢ)",
        pytorchMetricLearning: ["NCALoss"])
}
