/// Proxy-Anchor loss (Kim et al. 2020, "Proxy Anchor Loss for Deep Metric Learning", CVPR 2020, §3).
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
    /// How the two sums become one number: by default each divided by its count of proxies (PML's
    /// DivisorReducer with the divisors of eq. 3).
    public var reducer: Reducer

    /// A proxy-anchor loss; the defaults are the paper's and PML's.
    public init(margin: Double = 0.1, alpha: Double = 32, distance: any Distance = CosineSimilarity(),
                reducer: Reducer = .divisor) {
        self.margin = margin
        self.alpha = alpha
        self.distance = distance
        self.reducer = reducer
    }

    /// The paper's setting, α = 32, δ = 0.1 (PML's defaults too).
    public static let paper = ProxyAnchor()

    public var name: String { "proxy-anchor" }

    /// The proxies (`.proxies`), classes × embedding, Kaiming normal (fan out) as PML draws them.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        let std = (2 / Double(Swift.max(classes, 1))).squareRoot()
        return LossParameters(.proxies, Tensor(rows: classes, cols: embeddingSize,
                                               scalars: (0 ..< classes * embeddingSize).map { _ in rng.gaussian(mean: 0, std: std) }))
    }


    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try parameters.require(.proxies, by: name) }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let proxies = try Proxies.checked(parameters, batch, loss: name)
        let labels = batch.labels
        // A row per proxy, a column per example: each proxy's terms are a row.
        let s = distance.matrix(batch.embeddings, proxies).transposed()
        let own = Mask.oneHot(labels, classes: proxies.rows)
        let members = Mask(rows: proxies.rows, cols: labels.count) { own[$1, $0] }
        var pull = alpha * distance.beyond(margin)(s), push = alpha * distance.within(-margin)(s)
        if batch.tuples != nil {
            // PML adds (weight − 1) to every logit of an example, so that examples no tuple has fade out.
            let shift = Tensor(rows: 1, cols: labels.count, scalars: batch.minerWeights(anchorsOnly: false).map { $0 - 1 })
            pull = pull + shift
            push = push + shift
        }
        let proxyRows = Array(0 ..< proxies.rows)
        return LossTerms([
            TermGroup(pull.logSumExpRows(mask: members, addOne: true), rows: proxyRows, divisor: Double(Swift.max(Set(labels).count, 1))).named(.positive),
            TermGroup(push.logSumExpRows(mask: !members, addOne: true), rows: proxyRows, divisor: Double(proxies.rows)).named(.negative),
        ])
    }
}

extension ProxyAnchor: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Kim, Kim, Cho & Kwak", "Proxy Anchor Loss for Deep Metric Learning", "CVPR", 2020, at: "§3"),
        equation: "L = 1/|P⁺| Σ_{p∈P⁺} log(1 + Σ_{x∈X⁺ₚ} e^{−α(s(x, p) − δ)}) + 1/|P| Σ_{p∈P} log(1 + Σ_{x∈X⁻ₚ} e^{α(s(x, p) + δ)})",
        pytorchMetricLearning: ["ProxyAnchorLoss"])
}
