/// Center loss (Wen et al. 2016, "A Discriminative Feature Learning Approach for Deep Face
/// Recognition", eq. 2): each embedding is pulled towards a learned centre of its class.
///
///     L_C = reduce over i of ½ ‖xᵢ − c_{yᵢ}‖²
///
/// Alone it collapses everything; the paper trains it jointly with softmax, L = L_S + λ L_C (eq. 5),
/// which is `Center.withSoftmax(weight:)` or, spelled out, `Softmax() + λ * Center()`. The centres
/// (classes × embedding, standard normal) are ordinary parameters trained by the optimizer, in
/// place of the paper's separate update rule with rate α (eq. 4). The default reducer is the
/// mean over the batch, so λ does not depend on the batch size; `Center.paper` sums, as eq. 2 does.
public struct Center: Loss {
    /// How the per-example terms ½‖xᵢ − c_{yᵢ}‖² become one number.
    public var reducer: Reducer

    /// Center loss, averaged over the batch by default.
    public init(reducer: Reducer = .mean) {
        self.reducer = reducer
    }

    /// Eq. 2 as written: the sum over the mini-batch.
    public static let paper = Center(reducer: .sum)

    /// The paper's joint loss, softmax + λ · center; λ = 0.003 is its face-recognition setting.
    public static func withSoftmax(weight lambda: Double = 0.003) -> WeightedSum {
        Softmax() + lambda * Center()
    }

    public var name: String { "Center" }

    /// The centres (`.centers`), classes × embedding, standard normal.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(.centers, rng.gaussian(rows: classes, cols: embeddingSize))
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let centers = try parameters.require(.centers, by: name)
        guard centers.cols == batch.embeddings.cols else {
            throw LossError(name, "centres have \(centers.cols) columns but embeddings have \(batch.embeddings.cols)")
        }
        if let label = batch.labels.first(where: { $0 < 0 || $0 >= centers.rows }) {
            throw LossError(name, "label \(label) has no centre among the \(centers.rows)")
        }
        let offsets = batch.embeddings - centers.gatherRows(batch.labels)
        return LossTerms(perExample: 0.5 * offsets.squared().rowSums())
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try parameters.require(.centers, by: name) }

}

extension Center: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .regularizer,
        paper: Paper("Wen, Zhang, Li & Qiao", "A Discriminative Feature Learning Approach for Deep Face Recognition", "ECCV", 2016, at: "Eq. 2"),
        equation: "L_C = ½ Σᵢ ‖xᵢ − c_{yᵢ}‖²   (trained with softmax: L = L_S + λ L_C)")
}
