import Foundation

/// The facility-location clustering loss (Song, Jegelka, Rathod & Murphy, "Deep Metric Learning via
/// Facility Location", CVPR 2017), exactly as TensorFlow 1.x's `contrib.losses.metric_learning.cluster_loss`.
///
/// With dᵢⱼ = ‖xᵢ − xⱼ‖ (plain Euclidean on the embeddings as given; normalise them first if wanted):
/// - facility energy (eq. 4): F(X, S) = −Σᵢ min_{j∈S} dᵢⱼ;
/// - oracle score (eq. 5): F̃(X, y*) = Σ_k max_{j∈k} F(X_k, {j}), the best medoid of each true class;
/// - loss (eq. 6): ℓ = [ F(X, S) + γ Δ(g(S), y*) − F̃(X, y*) ]₊, not divided by m or the class count,
///   where g(S) assigns each point to its nearest medoid and Δ = 1 − NMI (eq. 8–10; see `Margin`);
/// - S, with |S| = the number of classes in the batch, comes from loss-augmented inference: the
///   greedy Algorithm 1, then (`.pam`, the default) five sweeps of the PAM local search of
///   Algorithm 2. The search runs outside the tape (`FacilityLocationInference`);
/// - ties: every argmax and argmin takes the lowest index (a medoid's nearest is the lowest list
///   position), as TensorFlow's do; scores within 1e-12 (relative) of each other count as tied, so
///   that the order a sum is taken in never decides. Each medoid is assigned to its own cluster;
/// - cost: O(C·m²) for a batch of m points and C classes, every candidate scored in O(m) from kept
///   nearest/second-nearest medoids and contingency sums, where TensorFlow reassigns and calls
///   scikit-learn per candidate; the greedy scores candidates lazily (see `FacilityLocationInference`);
/// - subgradient (eq. 11–13): the tape differentiates F(X, S) − F̃ with the chosen and the oracle
///   medoids held fixed, zero where a distance is 0; the gradient passes when the hinge argument is
///   ≥ 0, as TensorFlow's `maximum` does.
///
/// `init()` gives γ = 1 without decay and TensorFlow's defaults (PAM on, NMI); `FacilityLocation.paper`
/// adds the paper's exponential decay of γ by 0.94 per epoch (`atEpoch`). The paper trains on
/// batches with C/m = 0.25, 0.5 or 0.75 classes per example (`paperClassRatios`).
public struct FacilityLocation: Loss {
    /// γ at epoch 0: the weight of the structured margin (TensorFlow's `margin_multiplier`).
    public var marginMultiplier: Double
    /// The factor γ is multiplied by at each epoch (1: no decay).
    public var marginDecay: Double
    /// Greedy alone or greedy then PAM.
    public var refinement: Refinement
    /// The clustering score behind Δ.
    public var margin: Margin
    /// The epoch this loss stands in (set by `atEpoch`).
    public private(set) var epoch: Int = 0

    /// A facility-location loss: γ = 1 without decay, and TensorFlow's `cluster_loss` defaults (PAM, NMI).
    public init(marginMultiplier: Double = 1, marginDecay: Double = 1, refinement: Refinement = .pam, margin: Margin = .nmi) {
        self.marginMultiplier = marginMultiplier
        self.marginDecay = marginDecay
        self.refinement = refinement
        self.margin = margin
    }

    /// The paper's settings: γ decayed by 0.94 per epoch (its implementation details), PAM
    /// refinement, Δ = 1 − NMI; γ starts at 1, as the paper gives the decay rate, not the start.
    public static let paper = FacilityLocation(marginMultiplier: 1, marginDecay: 0.94)

    /// The paper's ratios of classes to examples in a batch (0.25 for CUB-200 and Cars196).
    public static let paperClassRatios = [0.25, 0.5, 0.75]

    public var name: String { "facility location" }

    /// γ in the current epoch: marginMultiplier · marginDecay^epoch.
    public var currentMarginMultiplier: Double { marginMultiplier * pow(marginDecay, Double(epoch)) }

    public func atEpoch(_ epoch: Int) -> FacilityLocation {
        var copy = self
        copy.epoch = epoch
        return copy
    }

    /// The loss-augmented inference for a batch, with every step inspectable.
    public func inference(_ embeddings: Tensor, labels: [Int]) -> FacilityLocationInference {
        FacilityLocationInference(embeddings: embeddings, labels: labels, marginMultiplier: currentMarginMultiplier,
                                  margin: margin, refinement: refinement)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        LossTerms(reduced: loss(batch.embeddings, given: inference(batch.embeddings, labels: batch.labels)))
    }

    /// The loss of a batch whose inference has already been run (on these embeddings and labels).
    public func loss(_ embeddings: Tensor, given inference: FacilityLocationInference) -> Tensor {
        guard embeddings.rows > 0 else { return Tensor(0) }
        let facilityEnergy = -distancesToMedoids(embeddings, inference.medoids, clusterOf: inference.assignment).sum()
        let classIndex = Dictionary(uniqueKeysWithValues: inference.classes.enumerated().map { ($1, $0) })
        let oracleScore = -distancesToMedoids(embeddings, inference.oracleMedoids,
                                              clusterOf: inference.labels.map { classIndex[$0]! }).sum()
        let hinge = facilityEnergy + inference.marginMultiplier * inference.margin - oracleScore
        return hinge.scalar >= 0 ? hinge : hinge * 0
    }

    /// ‖xᵢ − x_{medoid of i}‖ for every point i, as a column on the tape.
    ///
    /// By direct subtraction in any dimension, so a medoid's distance to itself (and to a duplicate)
    /// is exactly 0 and has slope 0, where ‖a‖² + ‖b‖² − 2a·b would leave rounding noise.
    func distancesToMedoids(_ x: Tensor, _ medoids: [Int], clusterOf: [Int]) -> Tensor {
        (x - x.gatherRows(clusterOf.map { medoids[$0] })).squared().rowSums().sqrtZeroSafe()
    }
}

extension FacilityLocation: CataloguedLoss {
    /// The paper, formula and family the loss catalogue shows.
    public static let catalogueEntry = CatalogueEntry(
        .clustering,
        paper: Paper("Song, Jegelka, Rathod & Murphy", "Deep Metric Learning via Facility Location", "CVPR", 2017, at: "Eq. 6"),
        equation: "ℓ = [ F(X, S) + γ Δ(g(S), y*) − F̃(X, y*) ]₊,   F(X, S) = −Σᵢ min_{j∈S} ‖xᵢ − xⱼ‖")

    /// The epoch is state carried across steps, not a setting.
    public static let carriedState: Set<String> = ["epoch"]
}
