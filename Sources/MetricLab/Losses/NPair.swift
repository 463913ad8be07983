/// N-pair loss (Sohn, "Improved Deep Metric Learning with Multi-class N-pair Loss Objective",
/// NIPS 2016, §3): an anchor should be more similar to its positive than to the other classes'
/// examples, all at once, as in a softmax over the batch:
///
///     N-pair-mc:   ℓ(i, j) = log(1 + Σ_k exp(s(i, k) − s(i, j)))
///     N-pair-ovo:  ℓ(i, j) = Σ_k log(1 + exp(s(i, k) − s(i, j)))
///
/// for an anchor i, its positive j and the negatives k, averaged over anchors, plus the paper's
/// L2 regulariser ¼λ(mean ‖f_i‖² + mean ‖f_j‖²) over anchors and positives (as in TensorFlow's
/// `npairs_loss`). A distance (rather than a similarity) enters negated, as in PML.
///
/// `.onePerClass` pairing is the paper's and PML's: one pair per class, the first two examples of
/// each class with two or more, ordered by label; the negatives of anchor i are the other pairs'
/// positives. `.everyPair` makes every ordered positive pair an anchor-positive pair with every
/// example of another class as a negative, so that every example trains.
///
/// `init()` gives PML 2.9's NPairsLoss: N-pair-mc, one pair per class, DotProductSimilarity with
/// normalised embeddings (= cosine), no regulariser, mean. `NPair.paper` gives the paper's:
/// N-pair-mc on the inner product of unnormalised embeddings with λ = 0.002.
public struct NPair: Loss {
    /// Which of the paper's two objectives.
    public enum Form: Sendable {
        /// N-pair-mc: one softmax over all negatives.
        case multiClass
        /// N-pair-ovo: one logistic term per negative.
        case oneVsOne
    }

    /// Which anchor-positive pairs the loss is built on.
    public enum Pairing: Sendable {
        /// The first two examples of each class: N pairs for N classes (the paper, PML).
        case onePerClass
        /// Every ordered positive pair, with every example of another class as a negative.
        case everyPair
    }

    /// The objective.
    public var form: Form
    /// The anchor-positive pairs.
    public var pairing: Pairing
    /// How embeddings are compared.
    public var distance: any Distance
    /// The weight λ of the L2 regulariser on the anchors' and positives' embeddings.
    public var l2Regularization: Double
    /// How the per-anchor terms become one number.
    public var reducer: Reducer

    /// An N-pair loss; the defaults are PML's NPairsLoss().
    public init(form: Form = .multiClass, pairing: Pairing = .onePerClass, distance: any Distance = CosineSimilarity(),
                l2Regularization: Double = 0, reducer: Reducer = .mean) {
        self.form = form
        self.pairing = pairing
        self.distance = distance
        self.l2Regularization = l2Regularization
        self.reducer = reducer
    }

    /// Sohn 2016: N-pair-mc on the inner product of unnormalised embeddings with the L2
    /// regulariser; λ = 0.002 is the default of TensorFlow's `npairs_loss`, which follows the paper.
    public static let paper = NPair(form: .multiClass, distance: DotProduct(), l2Regularization: 0.002)

    public var name: String { form == .multiClass ? "N-pair-mc" : "N-pair-ovo" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let (embeddings, labels) = (batch.embeddings, batch.labels)
        let (anchors, positives) = pairs(batch)
        guard !anchors.isEmpty else { return .none }
        let (logits, negatives): (Tensor, Mask)
        switch pairing {
        case .onePerClass:
            let s = distance.similarities(embeddings.gatherRows(anchors), embeddings.gatherRows(positives))
            let n = anchors.count
            logits = s - s.entries(rows: Array(0 ..< n), cols: Array(0 ..< n))
            negatives = .offDiagonal(n)
        case .everyPair:
            let s = distance.similarities(embeddings, embeddings)
            logits = s.gatherRows(anchors) - s.entries(rows: anchors, cols: positives)
            negatives = Mask(rows: anchors.count, cols: labels.count) { labels[$1] != labels[anchors[$0]] }
        }
        let terms = form == .multiClass
            ? logits.logSumExpRows(mask: negatives, addOne: true)
            : (logits.softplus() * Tensor(negatives)).rowSums()
        let perAnchor = LossTerms([TermGroup(terms, rows: anchors)])
        guard l2Regularization != 0 else { return perAnchor }
        let meanSquaredNorm = { (rows: [Int]) in embeddings.gatherRows(rows).squared().rowSums().mean() }
        return perAnchor + LossTerms(reduced: 0.25 * l2Regularization * (meanSquaredNorm(anchors) + meanSquaredNorm(positives)))
    }

    /// The anchor and positive rows of the pairing; with mined tuples, the first mined positive
    /// pair of each class, classes ascending (PML's `convert_to_pos_pairs_with_unique_labels`).
    func pairs(_ batch: LossBatch) -> (anchors: [Int], positives: [Int]) {
        let labels = batch.labels
        if let tuples = batch.tuples {
            let mined = tuples.pairs.positive
            guard pairing == .onePerClass else { return (mined.anchors, mined.others) }
            var first: [Int: Int] = [:]
            for k in mined.anchors.indices.reversed() { first[labels[mined.anchors[k]]] = k }
            let chosen = first.keys.sorted().map { first[$0]! }
            return (chosen.map { mined.anchors[$0] }, chosen.map { mined.others[$0] })
        }
        switch pairing {
        case .everyPair:
            let all = labels.indices.flatMap { i in labels.indices.filter { $0 != i && labels[$0] == labels[i] }.map { (i, $0) } }
            return (all.map(\.0), all.map(\.1))
        case .onePerClass:
            let members = Dictionary(grouping: labels.indices, by: { labels[$0] })
            let firstTwo = members.keys.sorted().compactMap { c in members[c]!.count >= 2 ? (members[c]![0], members[c]![1]) : nil }
            return (firstTwo.map(\.0), firstTwo.map(\.1))
        }
    }
}

extension NPair: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .pairBased,
        paper: Paper("Sohn", "Improved Deep Metric Learning with Multi-class N-pair Loss Objective", "NIPS", 2016, at: "§3"),
        equation: "ℓ(i, j) = log(1 + Σ_k exp(s(i, k) − s(i, j)))   (N-pair-mc; anchor i, positive j, negatives k)",
        pytorchMetricLearning: ["NPairsLoss"])
}
