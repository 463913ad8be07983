/// The pull of a loss on each embedding, split into attraction and repulsion: the picture behind
/// Song et al. 2017, Fig. 2.
///
/// Both are descent directions (minus the gradient), a row per example; they add up to the whole
/// step of the loss's pair terms, `total` (a term outside the pairs, such as N-pair's L2
/// regulariser, belongs to neither). What the split means is the loss's to say: for a loss on the
/// pairwise distances (`PairwiseLoss`), attraction is what the pairs of the same class contribute
/// and repulsion what the pairs of different classes do; for facility location, attraction is its
/// oracle term's pull and repulsion its clustering term's push (see its `forces`).
public struct Forces: Sendable {
    /// The part of −∇ℓ that draws points of a class together (per loss, see the type's comment).
    public let attraction: Tensor
    /// The part of −∇ℓ that pushes points away (per loss, see the type's comment).
    public let repulsion: Tensor

    /// Attraction plus repulsion.
    public var total: Tensor { attraction + repulsion }

    /// The length of the longest attraction or repulsion vector, to draw forces of losses whose
    /// scales differ (facility location sums over points, the others average) at one size.
    public var longest: Double {
        (0 ..< attraction.rows).map { i in
            Swift.max(attraction.row(i).reduce(0) { $0 + $1 * $1 }, repulsion.row(i).reduce(0) { $0 + $1 * $1 })
        }.max().map { $0.squareRoot() } ?? 0
    }
}

/// A loss whose gradient splits into attraction and repulsion.
public protocol SplitsForces: Loss {
    /// The forces of the loss on `embeddings` with `labels` (a loss with parameters of its own
    /// uses its initial ones).
    func forces(on embeddings: Tensor, labels: [Int]) throws -> Forces
}

/// A loss written on one matrix of distances (or similarities) between all pairs of its batch.
///
/// Such a loss splits its forces through the chain rule: with G = ∂ℓ/∂D, the gradient on xᵢ is
/// Σⱼ Gᵢⱼ ∂Dᵢⱼ/∂xᵢ + Gⱼᵢ ∂Dⱼᵢ/∂xᵢ, and keeping only same-class or only other-class pairs of G
/// gives the two parts exactly, whatever the distance (squared, normalised, a similarity).
public protocol PairwiseLoss: SplitsForces {
    /// How the loss compares embeddings.
    var distance: any Distance { get set }
}

extension PairwiseLoss {
    public func forces(on embeddings: Tensor, labels: [Int]) throws -> Forces {
        let recorder = DistanceRecorder()
        var recording = self
        recording.distance = RecordingDistance(base: distance, recorder: recorder)
        try recording(embeddings.detached.asVariable, labels: labels).backward()
        guard let g = recorder.matrix?.grad else {
            let none = Tensor.zeros(embeddings.rows, embeddings.cols)
            return Forces(attraction: none, repulsion: none)
        }
        precondition(g.rows == embeddings.rows && g.cols == embeddings.rows,
                     "forces: \(name) compares a \(g.rows)×\(g.cols) subset, not every pair of the batch of \(embeddings.rows)")
        func descent(through pairs: Mask) -> Tensor {
            let x = embeddings.detached.asVariable
            (distance.matrix(x) * g.filled(where: !pairs, with: 0)).sum().backward()
            return -x.grad
        }
        return Forces(attraction: descent(through: .sameLabel(labels)), repulsion: descent(through: .differentLabel(labels)))
    }
}

/// Holds the distance matrix a loss computed on tracked embeddings, as a variable of its own.
private final class DistanceRecorder: @unchecked Sendable {
    var matrix: Tensor?
}

/// A distance that hands the loss a variable copy of its matrix, so that ∂ℓ/∂D can be read.
private struct RecordingDistance: Distance {
    let base: any Distance
    let recorder: DistanceRecorder

    var ordering: DistanceOrdering { base.ordering }

    func matrix(_ x: Tensor, _ y: Tensor) -> Tensor {
        let m = base.matrix(x, y)
        guard x.isTracked || y.isTracked else { return m }
        let variable = m.detached.asVariable
        recorder.matrix = variable
        return variable
    }
}

extension Mined: SplitsForces, PairwiseLoss where Base: PairwiseLoss {
    /// The loss's distance (the miner keeps its own).
    public var distance: any Distance {
        get { base.distance }
        set { base.distance = newValue }
    }
}

extension Contrastive: PairwiseLoss {}
extension Triplet: PairwiseLoss {}
extension LiftedStructure: PairwiseLoss {}
extension NPair: PairwiseLoss {}
