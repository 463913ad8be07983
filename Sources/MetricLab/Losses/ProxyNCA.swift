/// Proxy-NCA (Movshovitz-Attias et al. 2017, "No Fuss Distance Metric Learning using Proxies",
/// §3: the NCA loss of an example against one learned proxy per class).
///
///     Lᵢ = −log( e^{−s·d(xᵢ, p_{yᵢ})} / Σ_{z∈Z} e^{−s·d(xᵢ, p_z)} )
///
/// with d the squared Euclidean distance between the L2-normalised embedding and proxies, and s
/// the softmax scale; the loss is the mean over the batch. PML's ProxyNCALoss (the defaults here:
/// s = 1, LpDistance(power: 2) on normalised vectors) sums Z over every proxy (`.allProxies`), a
/// softmax cross-entropy; the paper sums over the other classes' proxies only (`.otherProxies`),
/// which `.paper` selects.
/// With a similarity instead of a distance, −d becomes +S.
///
/// The proxies are the loss's parameter: a classes×embedding matrix, a proxy a row, drawn from
/// N(0, 1) as PML initialises them.
public struct ProxyNCA: Loss {
    /// The scale s of the logits (PML's `softmax_scale`).
    public var softmaxScale: Double
    /// How examples are compared with proxies.
    public var distance: any Distance
    /// Which proxies the denominator sums over.
    public var denominator: Denominator
    /// How the examples' terms become one number (the mean, PML's MeanReducer).
    public var reducer: Reducer

    /// A proxy-NCA loss; the defaults are pytorch-metric-learning's ProxyNCALoss.
    public init(softmaxScale: Double = 1, distance: any Distance = Euclidean(squared: true),
                denominator: Denominator = .allProxies, reducer: Reducer = .mean) {
        self.softmaxScale = softmaxScale
        self.distance = distance
        self.denominator = denominator
        self.reducer = reducer
    }

    /// The paper's form: squared distances of normalised vectors, own proxy out of the denominator.
    public static let paper = ProxyNCA(denominator: .otherProxies)

    /// The proxies the softmax denominator sums over.
    public enum Denominator: Sendable {
        /// Every proxy, the example's own included: a softmax cross-entropy (PML).
        case allProxies
        /// The other classes' proxies only (the paper).
        case otherProxies
    }

    public var name: String { "proxy-NCA" }

    /// The proxies (`.proxies`), classes × embedding, standard normal as PML draws them.
    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(.proxies, rng.gaussian(rows: classes, cols: embeddingSize))
    }

    public func weightRows(in parameters: LossParameters) throws -> Tensor? { try parameters.require(.proxies, by: name) }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        let proxies = try Proxies.checked(parameters, batch, loss: name)
        let labels = batch.labels
        // Logits are how close each proxy is (a distance negated), times the scale.
        let logits = softmaxScale * distance.within(0)(distance.matrix(batch.embeddings, proxies))
        let own = logits.entries(rows: Array(labels.indices), cols: labels)
        let others = denominator == .otherProxies ? !Mask.oneHot(labels, classes: proxies.rows) : nil
        return LossTerms(perExample: batch.weightedByMiner(logits.logSumExpRows(mask: others) - own, anchorsOnly: true))
    }
}

extension ProxyNCA: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .proxyAndClassification,
        paper: Paper("Movshovitz-Attias, Toshev, Leung, Ioffe & Singh", "No Fuss Distance Metric Learning using Proxies", "ICCV", 2017, at: "§3"),
        equation: "Lᵢ = −log( e^{−s·d(xᵢ, p_{yᵢ})} / Σ_{z∈Z} e^{−s·d(xᵢ, p_z)} )",
        pytorchMetricLearning: ["ProxyNCALoss"])
}
