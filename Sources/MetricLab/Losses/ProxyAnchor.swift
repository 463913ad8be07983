/// Proxy-Anchor loss (Kim et al. 2020, "Proxy Anchor Loss for Deep Metric Learning", Eq. 3).
///
///     L = 1/|P⁺| Σ_{p∈P⁺} log(1 + Σ_{x∈X⁺ₚ} e^{−α(s(x,p) − δ)}) + 1/|P| Σ_{p∈P} log(1 + Σ_{x∈X⁻ₚ} e^{α(s(x,p) + δ)})
///
/// Each proxy p is an anchor for the whole batch: X⁺ₚ are the examples of p's class, X⁻ₚ the
/// others, P⁺ the proxies with at least one example in the batch, P all proxies, s the cosine
/// similarity. With a distance instead, s − δ becomes δ − d and s + δ becomes −δ − d, as in PML.
///
/// α = 32 and δ = 0.1 are the paper's values (§4.1) and pytorch-metric-learning's defaults. The
/// proxies are a classes×embedding matrix, a proxy a row, drawn as PML does (Kaiming normal, fan
/// out: N(0, 2/classes)).
public struct ProxyAnchor: Loss {
    /// The margin δ.
    public var margin: Double
    /// The scale α.
    public var alpha: Double
    /// How examples are compared with proxies.
    public var distance: any Distance

    /// A proxy-anchor loss; the defaults are the paper's and PML's.
    public init(margin: Double = 0.1, alpha: Double = 32, distance: any Distance = CosineSimilarity()) {
        self.margin = margin
        self.alpha = alpha
        self.distance = distance
    }

    /// The paper's setting, α = 32, δ = 0.1 (PML's defaults too).
    public static let paper = ProxyAnchor()

    public var name: String { "proxy-anchor" }

    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor] {
        let std = (2 / Double(Swift.max(classes, 1))).squareRoot()
        return [Tensor(rows: classes, cols: embeddingSize,
                       scalars: (0 ..< classes * embeddingSize).map { _ in rng.gaussian(mean: 0, std: std) })]
    }

    /// The proxies, a row per class, from the loss's parameters (detached, for plots).
    public static func proxies(in parameters: [Tensor]) -> Tensor { parameters[0].detached }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let proxies = Proxies.checked(parameters, embeddings, labels, loss: "ProxyAnchor")
        // A row per proxy, a column per example: each proxy's terms are a row.
        let s = distance.matrix(embeddings, proxies).transposed()
        let own = Mask.oneHot(labels, classes: proxies.rows)
        let members = Mask(rows: proxies.rows, cols: labels.count) { own[$1, $0] }
        let pull = distance.isSimilarity ? alpha * (margin - s) : alpha * (s - margin)
        let push = distance.isSimilarity ? alpha * (s + margin) : alpha * (-margin - s)
        let proxiesWithExamples = Swift.max(Set(labels).count, 1)
        return pull.logSumExpRows(mask: members, addOne: true).sum() / Double(proxiesWithExamples)
            + push.logSumExpRows(mask: !members, addOne: true).sum() / Double(proxies.rows)
    }
}
