/// Center loss (Wen et al. 2016, "A Discriminative Feature Learning Approach for Deep Face
/// Recognition", eq. 2): each embedding is pulled towards a learned centre of its class.
///
///     L_C = reduce over i of ½ ‖xᵢ − c_{yᵢ}‖²
///
/// Alone it collapses everything; the paper trains it jointly with softmax, L = L_S + λ L_C (eq. 5),
/// which is `Center.withSoftmax(weight:)` or, spelled out, `Softmax() + λ * Center()`. The centres
/// (classes × embedding, standard normal) are ordinary parameters trained by the optimizer, in
/// place of the paper's separate update rule with rate α (eq. 4). The default reduction is the
/// mean over the batch, so λ does not depend on the batch size; `Center.paper` sums, as eq. 2 does.
public struct Center: Loss {
    /// How the per-example terms ½‖xᵢ − c_{yᵢ}‖² become one number.
    public var reduction: Reduction

    /// Center loss, averaged over the batch by default.
    public init(reduction: Reduction = .mean) {
        self.reduction = reduction
    }

    /// Eq. 2 as written: the sum over the mini-batch.
    public static let paper = Center(reduction: .sum)

    /// The paper's joint loss, softmax + λ · center; λ = 0.003 is its face-recognition setting.
    public static func withSoftmax(weight lambda: Double = 0.003) -> WeightedSum {
        Softmax() + lambda * Center()
    }

    public var name: String { "Center" }

    /// The centres, classes × embedding, standard normal.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor] {
        [Tensor(rows: classes, cols: embeddingSize, scalars: (0 ..< classes * embeddingSize).map { _ in rng.gaussian() })]
    }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        precondition(!parameters.isEmpty, "Center: no centres given (make them with makeParameters)")
        let centers = parameters[0]
        precondition(centers.cols == embeddings.cols,
                     "Center: centres have \(centers.cols) columns but embeddings have \(embeddings.cols)")
        precondition(labels.count == embeddings.rows, "Center: \(labels.count) labels for \(embeddings.rows) embeddings")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < centers.rows }, "Center: a label lies outside the \(centers.rows) centres")
        let offsets = embeddings - centers.gatherRows(labels)
        return reduction(0.5 * offsets.squared().rowSums())
    }

    /// The class centres (classes × embedding) of the parameters this loss made, for plots.
    public func centers(in parameters: [Tensor]) -> Tensor { parameters[0].detached }
}
