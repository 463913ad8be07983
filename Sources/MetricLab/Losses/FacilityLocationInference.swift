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

    /// Runs the loss-augmented inference on a plain m×m distance matrix (row-major).
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
        greedySteps = Self.greedy(&search)
        greedyAssignment = search.assignment
        sweeps = refinement == .pam ? (0 ..< Self.pamSweeps).map { _ in Self.pamSweep(&search) } : []
        medoids = search.medoids
        assignment = search.assignment
        facilityEnergy = search.facilityEnergy
        clusteringScore = margin.score(labels, assignment)
        self.margin = 1 - clusteringScore
        (oracleMedoids, oracleScore) = Self.oracle(distances: distances, classOf: classOf, classes: classes.count)
    }

    /// Runs the inference on embeddings (a row per point) with plain Euclidean distances.
    public init(embeddings: Tensor, labels: [Int], marginMultiplier: Double,
                margin: FacilityLocation.Margin = .nmi, refinement: FacilityLocation.Refinement = .pam) {
        precondition(embeddings.rows == labels.count, "FacilityLocationInference: \(embeddings.rows) rows, \(labels.count) labels")
        self.init(distances: Self.euclideanDistances(embeddings), labels: labels,
                  marginMultiplier: marginMultiplier, margin: margin, refinement: refinement)
    }

    /// Algorithm 1: as many steps as classes, each adding the candidate with the best F + γΔ.
    ///
    /// Evaluated lazily (Minoux 1978), with the same result as scoring every candidate: a
    /// candidate's saving Σᵢ max(0, nearestᵢ − D[c, i]) can only shrink as medoids are added, and
    /// γΔ ≤ γ, so its last exact saving bounds its score. Candidates are scored in order of that
    /// bound, and the step stops at the first whose bound falls short of the best score so far;
    /// among the scored ones the choice is TensorFlow's argmax in index order.
    private static func greedy(_ search: inout FacilityLocationSearch) -> [GreedyStep] {
        var steps: [GreedyStep] = []
        var savingBound = [Double](repeating: .infinity, count: search.points)
        let marginBound = max(0, search.marginMultiplier)
        for position in 0 ..< search.contingency.classes {
            let energy = search.facilityEnergy
            var candidates = (0 ..< search.points).filter { !search.isMedoid($0) }.map { (bound: savingBound[$0], index: $0) }
            if position > 0 { candidates.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.index < $1.index) } }
            var scored: [GreedyStep] = []
            var bestScore = -Double.infinity
            for (bound, candidate) in candidates {
                if position > 0 && !scored.isEmpty && !couldTie(energy + bound + marginBound, bestScore) { break }
                let (score, cost) = search.clusteringScore(candidate: candidate, position: position)
                if position > 0 { savingBound[candidate] = -energy - cost }
                let step = GreedyStep(medoid: candidate, facilityEnergy: -cost, margin: 1 - score,
                                      augmentedScore: -cost + search.marginMultiplier * (1 - score))
                scored.append(step)
                bestScore = max(bestScore, step.augmentedScore)
            }
            var best: GreedyStep?
            for step in scored.sorted(by: { $0.medoid < $1.medoid }) where best == nil || isBetter(step.augmentedScore, than: best!.augmentedScore) {
                best = step
            }
            guard let chosen = best else { break }
            search.place(chosen.medoid, at: position)
            steps.append(chosen)
        }
        return steps
    }

    /// One sweep of Algorithm 2: memberships fixed at the start; for each cluster in order, the
    /// member with the best −Σ_{i∈cluster} D[i, c] + γΔ becomes its medoid at once.
    private static func pamSweep(_ search: inout FacilityLocationSearch) -> [Int] {
        var members = [[Int]](repeating: [], count: search.medoids.count)
        for (point, cluster) in search.assignment.enumerated() { members[cluster].append(point) }
        for (position, cluster) in members.enumerated() {
            var bestCandidate = -1, bestScore = -Double.infinity
            for candidate in cluster {
                var cost = 0.0
                for i in cluster { cost += search.distances[i * search.points + candidate] }
                let score = search.clusteringScore(candidate: candidate, position: position).score
                let augmented = -cost + search.marginMultiplier * (1 - score)
                if bestCandidate < 0 || isBetter(augmented, than: bestScore) { bestCandidate = candidate; bestScore = augmented }
            }
            if bestCandidate != search.medoids[position] { search.place(bestCandidate, at: position) }
        }
        return search.medoids
    }

    /// Whether a later candidate's score beats the best so far: by more than 1e-12 (relative), so
    /// that scores equal in exact arithmetic but summed in different orders still tie, and the
    /// earlier candidate (the lower index) keeps winning ties as in TensorFlow's argmax.
    static func isBetter(_ score: Double, than best: Double) -> Bool {
        score > best + 1e-12 * max(1, abs(best))
    }

    /// Whether a score bound leaves a candidate able to tie (in the sense of `isBetter`) or beat the best.
    static func couldTie(_ bound: Double, _ best: Double) -> Bool {
        bound >= best - 1e-12 * max(1, abs(best))
    }

    /// The oracle: per class (ascending label), the member with the least summed distance to its class.
    private static func oracle(distances: [Double], classOf: [Int], classes: Int) -> (medoids: [Int], score: Double) {
        let m = classOf.count
        var members = [[Int]](repeating: [], count: classes)
        for (point, y) in classOf.enumerated() { members[y].append(point) }
        var medoids: [Int] = [], score = 0.0
        for cluster in members {
            var best = -1, bestCost = Double.infinity
            for candidate in cluster {
                var cost = 0.0
                for i in cluster { cost += distances[i * m + candidate] }
                if best < 0 || cost < bestCost { best = candidate; bestCost = cost }
            }
            medoids.append(best)
            score -= bestCost
        }
        return (medoids, score)
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
