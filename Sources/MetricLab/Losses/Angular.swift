import Foundation

/// Angular loss (Wang, Zhou, Wen, Liu & Lin 2017, in its N-pair batch form): the angle at the negative in
/// the triangle (anchor, positive, negative) is bounded by α, through
///
///     f(a, p, n) = 4 tan²α (x_a + x_p)ᵀ x_n − 2 (1 + tan²α) x_aᵀ x_p,
///     ℓ(a, p) = log(1 + Σ_{n: y_n ≠ y_a} exp f(a, p, n)),
///
/// averaged over the ordered positive pairs (a, p).
///
/// `init()` gives PML 2.9's AngularLoss: α = 40°, anchors and positives L2-normalised but the
/// negatives entering as given (PML normalises only the pair it indexes), mean over positive pairs.
/// `Angular.paper` normalises every embedding, as the paper's derivation on the unit sphere
/// assumes, with α = 45°, within the range of angles the paper experiments with.
public struct Angular: Loss {
    /// Which embeddings are L2-normalised before f is formed.
    public enum Normalization: Sendable {
        /// Anchors and positives only (PML).
        case anchorsAndPositives
        /// Every embedding.
        case all
        /// None.
        case none
    }

    /// The angle bound α, in degrees.
    public var alpha: Double
    /// Which embeddings are normalised.
    public var normalization: Normalization
    /// How the per-pair terms become one number.
    public var reduction: Reduction

    /// An angular loss; the defaults are PML's AngularLoss().
    public init(alpha: Double = 40, normalization: Normalization = .anchorsAndPositives, reduction: Reduction = .mean) {
        self.alpha = alpha
        self.normalization = normalization
        self.reduction = reduction
    }

    /// α = 45° with every embedding on the unit sphere.
    public static let paper = Angular(alpha: 45, normalization: .all)

    public var name: String { "angular" }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        let positive = Mask.positivePairs(labels)
        guard positive.count > 0, Mask.negativePairs(labels).count > 0 else { return embeddings.sum() * 0 }
        let pairs = positive.bits.indices.filter { positive.bits[$0] }
        let anchors = pairs.map { $0 / labels.count }, positives = pairs.map { $0 % labels.count }
        let unit = normalization == .none ? embeddings : embeddings.l2NormalizedRows()
        let others = normalization == .all ? unit : embeddings
        let a = unit.gatherRows(anchors), p = unit.gatherRows(positives)
        let t = pow(tan(alpha * .pi / 180), 2)
        let f = 4 * t * (a + p).innerProducts(with: others) - 2 * (1 + t) * (a * p).rowSums()
        let negatives = Mask(rows: anchors.count, cols: labels.count) { labels[$1] != labels[anchors[$0]] }
        return reduction(f.logSumExpRows(mask: negatives, addOne: true))
    }
}
