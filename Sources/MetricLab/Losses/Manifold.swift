/// The manifold loss (Aziere & Todorovic 2019, "Ensemble Deep Manifold Similarity Learning using
/// Hard Proxies", eq. 1–6): similarities measured along the data manifold by a random walk over
/// the batch and K learned proxies, each example pushed to be nearer, on the manifold, to the
/// proxy of its meta-class than to the others.
///
///     S_ab = e^{2 max(0, sim(a, b))} (a ≠ b), S_aa = 0      over the n embeddings and K proxies
///     F = (1 − α)(I − α D^{−½} S D^{−½})⁻¹,  D = diag(S𝟙)    the random walk's fixed point
///     L_int = meanᵢ log(1 + Σ_{k ≠ cᵢ, δᵢₖ ≥ 0} e^{δᵢₖ}),    δᵢₖ = F_{i,pₖ} − F_{i,p_{cᵢ}} + m
///     L_ctx = the same with cos(Fᵢ, F_{pₖ}), the rows of F compared as contexts
///     L = L_int + λ_C L_ctx
///
/// cᵢ is example i's meta-class, the proxy it belongs to: `metaClasses` when given (PML's
/// `indices_tuple` for this loss), else drawn from the batch's generator as PML draws them (every
/// proxy once, the other n − K uniformly, shuffled), which needs n ≥ K. Labels play no part (PML
/// takes none). λ_C = ∞ means the context term alone, as PML documents (its code would return
/// ∞ · L_ctx). `sim` is the distance's raw matrix, as in PML: a similarity is what makes sense.
/// The inverse is exact here; PML inverts in float32, which moves its float64 values by about 1e-8.
///
/// The proxies (`.proxies`) are K × embedding, a proxy a row, standard normal as PML draws them.
/// Defaults are PML's ManifoldLoss: K = 50, λ_C = 1, α = 0.8, m = 5·10⁻⁴, cosine similarity;
/// `.paper` equals them (PML's port defines each parameter as the paper does).
public struct Manifold: Loss {
    /// The number K of proxies.
    public var proxyCount: Int
    /// λ_C, the weight of the context term (∞: the context term alone).
    public var lambdaC: Double
    /// α ∈ [0, 1): how much similarity each step of the random walk passes on to neighbours.
    public var alpha: Double
    /// The margin m by which the own proxy must lead.
    public var margin: Double
    /// How the graph's similarities are measured (PML's `distance`).
    public var distance: any Distance
    /// Each example's meta-class (a proxy index); nil draws them from the batch's generator.
    public var metaClasses: [Int]?
    /// The loss is already one number (PML's "already_reduced"), which every reducer passes through.
    public var reducer: Reducer

    /// A manifold loss with K proxies; the defaults are PML's.
    public init(proxyCount: Int = 50, lambdaC: Double = 1, alpha: Double = 0.8, margin: Double = 5e-4,
                distance: any Distance = CosineSimilarity(), metaClasses: [Int]? = nil, reducer: Reducer = .mean) {
        self.proxyCount = proxyCount
        self.lambdaC = lambdaC
        self.alpha = alpha
        self.margin = margin
        self.distance = distance
        self.metaClasses = metaClasses
        self.reducer = reducer
    }

    /// The defaults: K = 50, λ_C = 1, α = 0.8, m = 5·10⁻⁴ on cosine similarities.
    public static let paper = Manifold()

    public var name: String { "Manifold" }

    /// The proxies (`.proxies`), K × embedding, standard normal as PML draws them; `classes` plays no part.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(.proxies, rng.gaussian(rows: proxyCount, cols: embeddingSize))
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try parameters.require(.proxies, by: name) }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else { throw LossError(name, "takes no mined tuples; give meta-classes as metaClasses") }
        guard lambdaC >= 0 else { throw LossError(name, "λ_C must not be negative, not \(lambdaC)") }
        guard alpha >= 0 && alpha < 1 else {
            throw LossError(name, "α must lie in [0, 1), not \(alpha): the random walk's I − αS̄ is singular at 1")
        }
        let proxies = try parameters.require(.proxies, by: name)
        guard proxies.rows == proxyCount, proxies.cols == batch.embeddings.cols else {
            throw LossError(name, "proxies are \(proxies.rows)×\(proxies.cols), expected \(proxyCount)×\(batch.embeddings.cols)")
        }
        let (n, size) = (batch.embeddings.rows, batch.embeddings.rows + proxyCount)
        let owners = try assignments(examples: n, generator: batch.generator)
        let points = Tensor.stacking([batch.embeddings, proxies])
        // The Laplacian leaves out the diagonal, S_aa = 0.
        let graph = distance.matrix(points, points).clamp(min: 0).exp(of: Affine(scale: 2, offset: 0))
        guard let walk = graph.normalizedLaplacian(alpha: alpha).symmetricPositiveDefiniteInverse() else {
            throw LossError(name, "I − αS̄ is not positive definite for this batch")
        }
        // F = (1 − α)·walk: cosines between rows do not see the factor, so only the scores take it.
        let rows = walk.l2NormalizedRows()
        let contexts = rows.innerProducts(with: rows.block(rows: n ..< size, cols: 0 ..< size)).block(rows: 0 ..< n, cols: 0 ..< proxyCount)
        let context = violations(contexts, owners).mean()
        guard lambdaC != .infinity else { return LossTerms(reduced: context) }
        let intrinsic = violations((1 - alpha) * walk.block(rows: 0 ..< n, cols: n ..< size), owners).mean()
        return LossTerms(reduced: intrinsic + lambdaC * context)
    }

    /// log(1 + Σ e^δ) of each example over the other proxies whose δ = score − own score + m is not negative.
    private func violations(_ scores: Tensor, _ owners: [Int]) -> Tensor {
        let leads = scores - scores.entries(rows: Array(owners.indices), cols: owners) + margin
        let kept = Mask(rows: leads.rows, cols: leads.cols) { i, k in k != owners[i] && leads[i, k] >= 0 }
        return leads.logSumExpRows(mask: kept, addOne: true)
    }

    /// The examples' meta-classes: the given ones, checked, or PML's draw from `generator`.
    private func assignments(examples n: Int, generator: RNG) throws -> [Int] {
        if let metaClasses {
            guard metaClasses.count == n else { throw LossError(name, "\(metaClasses.count) meta-classes for \(n) embeddings") }
            if let bad = metaClasses.first(where: { $0 < 0 || $0 >= proxyCount }) {
                throw LossError(name, "meta-class \(bad) has no proxy among the \(proxyCount)")
            }
            return metaClasses
        }
        guard n >= proxyCount else {
            throw LossError(name, "draws meta-classes giving each of the \(proxyCount) proxies an example, so needs \(proxyCount) examples, not \(n); give metaClasses or fewer proxies")
        }
        var rng = generator
        let rest = (0 ..< n - proxyCount).map { _ in rng.int(below: proxyCount) }
        return rng.shuffled(Array(0 ..< proxyCount) + rest)
    }
}

extension Manifold: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Aziere & Todorovic", "Ensemble Deep Manifold Similarity Learning using Hard Proxies", "CVPR", 2019, at: "Eqs. 1–6"),
        equation: "F = (1 − α)(I − α D^{−½} S D^{−½})⁻¹,   L = meanᵢ log(1 + Σ_{k≠cᵢ} e^{F_{i,pₖ} − F_{i,p_cᵢ} + m}) + λ_C L_ctx",
        pytorchMetricLearning: ["ManifoldLoss"])
}
