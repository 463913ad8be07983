/// Algorithms 1 and 2 and the oracle, as moves of a `FacilityLocationSearch`.
extension FacilityLocationSearch {
    typealias GreedyStep = FacilityLocationInference.GreedyStep

    /// Algorithm 1: as many steps as classes, each adding the candidate with the best F + γΔ.
    ///
    /// Evaluated lazily (Minoux 1978), with the same result as scoring every candidate: a
    /// candidate's saving Σᵢ max(0, nearestᵢ − D[c, i]) can only shrink as medoids are added, and
    /// γΔ ≤ γ, so its last exact saving bounds its score. Candidates are scored in order of that
    /// bound, and the step stops at the first whose bound falls short of the best score so far;
    /// among the scored ones the choice is TensorFlow's argmax in index order.
    mutating func greedy() -> [GreedyStep] {
        var steps: [GreedyStep] = []
        var savingBound = [Double](repeating: .infinity, count: points)
        let marginBound = max(0, marginMultiplier)
        for position in 0 ..< contingency.classes {
            let energy = facilityEnergy
            var candidates = (0 ..< points).filter { !isMedoid($0) }.map { (bound: savingBound[$0], index: $0) }
            if position > 0 { candidates.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.index < $1.index) } }
            var scored: [GreedyStep] = []
            var bestScore = -Double.infinity
            for (bound, candidate) in candidates {
                if position > 0 && !scored.isEmpty && !Self.couldTie(energy + bound + marginBound, bestScore) { break }
                let (score, cost) = clusteringScore(candidate: candidate, position: position)
                if position > 0 { savingBound[candidate] = -energy - cost }
                let step = GreedyStep(medoid: candidate, facilityEnergy: -cost, margin: 1 - score,
                                      augmentedScore: -cost + marginMultiplier * (1 - score))
                scored.append(step)
                bestScore = max(bestScore, step.augmentedScore)
            }
            var best: GreedyStep?
            for step in scored.sorted(by: { $0.medoid < $1.medoid }) {
                if best == nil || Self.isBetter(step.augmentedScore, than: best!.augmentedScore) { best = step }
            }
            guard let chosen = best else { break }
            place(chosen.medoid, at: position)
            steps.append(chosen)
        }
        return steps
    }

    /// One sweep of Algorithm 2: memberships fixed at the start; for each cluster in order, the
    /// member with the best −Σ_{i∈cluster} D[i, c] + γΔ becomes its medoid at once.
    mutating func pamSweep() -> [Int] {
        var members = [[Int]](repeating: [], count: medoids.count)
        for (point, cluster) in assignment.enumerated() { members[cluster].append(point) }
        for (position, cluster) in members.enumerated() {
            var bestCandidate = -1, bestScore = -Double.infinity
            for candidate in cluster {
                var cost = 0.0
                for i in cluster { cost += distances[i * points + candidate] }
                let score = clusteringScore(candidate: candidate, position: position).score
                let augmented = -cost + marginMultiplier * (1 - score)
                if bestCandidate < 0 || Self.isBetter(augmented, than: bestScore) { bestCandidate = candidate; bestScore = augmented }
            }
            if bestCandidate != medoids[position] { place(bestCandidate, at: position) }
        }
        return medoids
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
    static func oracle(distances: [Double], classOf: [Int], classes: Int) -> (medoids: [Int], score: Double) {
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
}
