import Foundation

/// Everything the facility-location loss decided for one batch, step by step: the greedy medoids
/// (Algorithm 1) with each step's F and Δ, the medoids after each PAM sweep (Algorithm 2), the final
/// medoids and assignment, the oracle medoids, and the terms of the loss.
///
/// Medoids are point indices listed in selection order: position k of `medoids` is cluster k of
/// `assignment`. PAM replaces medoids in place, so a position keeps its meaning across sweeps.
public struct FacilityLocationInference: Sendable {
    /// One step of the greedy search: the medoid it added and the terms of its augmented score.
    public struct GreedyStep: Sendable, Equatable {
        /// The point chosen as a new medoid.
        public let medoid: Int
        /// F(X, S ∪ {medoid}) = −Σᵢ min_{j∈S∪{medoid}} ‖xᵢ − xⱼ‖.
        public let facilityEnergy: Double
        /// Δ = 1 − score of the assignment to S ∪ {medoid}.
        public let margin: Double
        /// The augmented score F + γΔ that made this point the best candidate.
        public let augmentedScore: Double
    }

    /// The labels the search was run with.
    public let labels: [Int]
    /// The greedy steps, in order.
    public let greedySteps: [GreedyStep]
    /// Each point's cluster (a position of `greedyMedoids`) before refinement.
    public let greedyAssignment: [Int]
    /// The medoid list after each PAM sweep (empty without refinement).
    public let sweeps: [[Int]]
    /// The final medoids, in selection order.
    public let medoids: [Int]
    /// Each point's cluster: the position in `medoids` of its nearest medoid (a medoid is its own).
    public let assignment: [Int]
    /// The distinct labels in ascending order: the order of `oracleMedoids`.
    public let classes: [Int]
    /// The best medoid of each true class (the argmin of its within-class distance sums).
    public let oracleMedoids: [Int]
    /// F(X, S) of the final medoids.
    public let facilityEnergy: Double
    /// F̃(X, y*) = −Σ_k min_{j∈k} Σ_{i∈k} ‖xᵢ − xⱼ‖, the oracle score.
    public let oracleScore: Double
    /// The clustering score (NMI by default) of `assignment` against the labels.
    public let clusteringScore: Double
    /// The structured margin Δ = 1 − `clusteringScore`.
    public let margin: Double
    /// The margin multiplier γ the search used.
    public let marginMultiplier: Double

    /// The medoids the greedy search chose, in order.
    public var greedyMedoids: [Int] { greedySteps.map(\.medoid) }

    /// F(X, S) + γΔ − F̃, the argument of the hinge.
    public var hingeArgument: Double { facilityEnergy + marginMultiplier * margin - oracleScore }

    /// The loss [F + γΔ − F̃]₊.
    public var loss: Double { max(0, hingeArgument) }

    /// The number of PAM sweeps of Algorithm 2, as in TensorFlow's cluster loss.
    public static let pamSweeps = 5

    /// Runs the loss-augmented inference on a plain m×m distance matrix (row-major, zero diagonal).
    ///
    /// Rows and columns are read as TensorFlow reads its `pairwise_distances`: candidate and medoid
    /// rows against every point, oracle and PAM sums down the columns.
    public init(distances: [Double], labels: [Int], marginMultiplier: Double,
                margin: FacilityLocation.Margin = .nmi, refinement: FacilityLocation.Refinement = .pam) {
        let m = labels.count
        precondition(distances.count == m * m, "FacilityLocationInference: \(distances.count) distances for \(m) labels")
        self.labels = labels
        classes = Set(labels).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let classOf = labels.map { classIndex[$0]! }
        self.marginMultiplier = marginMultiplier

        var search = FacilityLocationSearch(distances: distances, classOf: classOf, classes: classes.count,
                                            marginMultiplier: marginMultiplier, margin: margin)
        greedySteps = search.greedy()
        greedyAssignment = search.assignment
        sweeps = refinement == .pam ? (0 ..< Self.pamSweeps).map { _ in search.pamSweep() } : []
        medoids = search.medoids
        assignment = search.assignment
        facilityEnergy = search.facilityEnergy
        clusteringScore = margin.score(labels, assignment)
        self.margin = 1 - clusteringScore
        (oracleMedoids, oracleScore) = FacilityLocationSearch.oracle(distances: distances, classOf: classOf, classes: classes.count)
    }

    /// Runs the inference on embeddings (a row per point) with plain Euclidean distances.
    public init(embeddings: Tensor, labels: [Int], marginMultiplier: Double,
                margin: FacilityLocation.Margin = .nmi, refinement: FacilityLocation.Refinement = .pam) {
        precondition(embeddings.rows == labels.count, "FacilityLocationInference: \(embeddings.rows) rows, \(labels.count) labels")
        self.init(distances: Self.euclideanDistances(embeddings), labels: labels,
                  marginMultiplier: marginMultiplier, margin: margin, refinement: refinement)
    }

    /// ‖xᵢ − xⱼ‖ for every pair of rows, by direct subtraction: exactly symmetric, exactly 0 for duplicates.
    static func euclideanDistances(_ x: Tensor) -> [Double] {
        let m = x.rows, d = x.cols
        var out = [Double](repeating: 0, count: m * m)
        x.scalars.withUnsafeBufferPointer { s in
            for i in 0 ..< m {
                for j in 0 ..< i {
                    var sum = 0.0
                    for p in 0 ..< d { let t = s[i * d + p] - s[j * d + p]; sum += t * t }
                    out[i * m + j] = sum.squareRoot()
                    out[j * m + i] = out[i * m + j]
                }
            }
        }
        return out
    }
}
