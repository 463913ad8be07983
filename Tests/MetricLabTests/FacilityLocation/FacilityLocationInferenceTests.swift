import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// TensorFlow's cluster-loss search written literally: every candidate gets a fresh assignment and
/// a fresh score from the metric functions. The incremental search must make the same choices.
struct LiteralFacilityLocation {
    let distances: [Double]
    let labels: [Int]
    let gamma: Double
    let margin: FacilityLocation.Margin
    var m: Int { labels.count }

    init(_ x: Tensor, labels: [Int], gamma: Double, margin: FacilityLocation.Margin) {
        distances = pairwiseEuclidean(x)
        self.labels = labels
        self.gamma = gamma
        self.margin = margin
    }

    func d(_ i: Int, _ j: Int) -> Double { distances[i * m + j] }

    func assignment(_ medoids: [Int]) -> [Int] {
        (0 ..< m).map { j in
            if let own = medoids.firstIndex(of: j) { return own }
            var best = 0
            for p in medoids.indices.dropFirst() where d(medoids[p], j) < d(medoids[best], j) { best = p }
            return best
        }
    }

    func energy(_ medoids: [Int]) -> Double {
        -(0 ..< m).reduce(0) { sum, j in sum + medoids.map { d($0, j) }.min()! }
    }

    func augmented(_ medoids: [Int]) -> Double {
        energy(medoids) + gamma * (1 - margin.score(labels, assignment(medoids)))
    }

    func argmax(_ candidates: [Int], _ score: (Int) -> Double) -> Int {
        var best = candidates[0], bestScore = score(best)
        for c in candidates.dropFirst() {
            let s = score(c)
            if s > bestScore + 1e-12 * max(1, abs(bestScore)) { best = c; bestScore = s }
        }
        return best
    }

    func greedy() -> [Int] {
        var chosen: [Int] = []
        for _ in 0 ..< Set(labels).count {
            chosen.append(argmax((0 ..< m).filter { !chosen.contains($0) }) { augmented(chosen + [$0]) })
        }
        return chosen
    }

    func pam(_ start: [Int]) -> [Int] {
        var chosen = start
        for _ in 0 ..< 5 {
            let predictions = assignment(chosen)
            for k in chosen.indices {
                let members = (0 ..< m).filter { predictions[$0] == k }
                chosen[k] = argmax(members) { c in
                    var trial = chosen
                    trial[k] = c
                    return -members.reduce(0) { $0 + d($1, c) } + gamma * (1 - margin.score(labels, assignment(trial)))
                }
            }
        }
        return chosen
    }
}

func pairwiseEuclidean(_ x: Tensor) -> [Double] {
    var out: [Double] = []
    for i in 0 ..< x.rows {
        for j in 0 ..< x.rows {
            out.append(zip(x.row(i), x.row(j)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
        }
    }
    return out
}

/// A batch of `m` points with labels from `classes` classes (every class present).
func randomBatch(m: Int, classes: Int, dimension: Int = 2, grid: Bool, rng: inout RNG) -> (Tensor, [Int]) {
    let labels = rng.shuffled((0 ..< m).map { $0 < classes ? $0 : rng.int(below: classes) })
    let scalars = (0 ..< m * dimension).map { _ in grid ? Double(rng.int(below: 4)) : rng.gaussian() }
    return (Tensor(rows: m, cols: dimension, scalars: scalars), labels)
}

@Suite struct FacilityLocationInferenceTests {
    /// Integer-grid points make exact ties everywhere (equal distances, duplicates at distance 0):
    /// the incremental search must break them as the literal one does.
    @Test(arguments: FacilityLocation.Margin.allCases, [false, true])
    func incrementalSearchMakesTheLiteralSearchsChoices(_ margin: FacilityLocation.Margin, _ grid: Bool) {
        var rng = RNG(seed: grid ? 11 : 12)
        for trial in 0 ..< 40 {
            let m = 5 + rng.int(below: 12), classes = 1 + rng.int(below: min(m, 6))
            let (x, labels) = randomBatch(m: m, classes: classes, grid: grid, rng: &rng)
            let gamma = [0, 0.5, 1, 4][trial % 4]
            let literal = LiteralFacilityLocation(x, labels: labels, gamma: gamma, margin: margin)
            let inference = FacilityLocationInference(embeddings: x, labels: labels, marginMultiplier: gamma, margin: margin)
            let greedy = literal.greedy(), refined = literal.pam(greedy)
            #expect(inference.greedyMedoids == greedy, "trial \(trial)")
            #expect(inference.medoids == refined, "trial \(trial)")
            #expect(inference.assignment == literal.assignment(refined), "trial \(trial)")
            #expect(abs(inference.facilityEnergy - literal.energy(refined)) < 1e-9, "trial \(trial)")
            #expect(abs(inference.clusteringScore - margin.score(labels, literal.assignment(refined))) < 1e-12)
            for (t, step) in inference.greedySteps.enumerated() {
                let prefix = Array(greedy.prefix(t + 1))
                #expect(abs(step.facilityEnergy - literal.energy(prefix)) < 1e-9)
                #expect(abs(step.margin - (1 - margin.score(labels, literal.assignment(prefix)))) < 1e-9,
                        "trial \(trial) step \(t): \(labels) \(literal.assignment(prefix)) \(step.margin)")
            }
        }
    }

    @Test(arguments: FacilityLocation.Margin.allCases)
    func largerBatchesInThreeDimensionsToo(_ margin: FacilityLocation.Margin) {
        var rng = RNG(seed: 21)
        for trial in 0 ..< 4 {
            let m = 40 + rng.int(below: 20), classes = 5 + rng.int(below: 10)
            let (x, labels) = randomBatch(m: m, classes: classes, dimension: 3, grid: trial % 2 == 0, rng: &rng)
            let literal = LiteralFacilityLocation(x, labels: labels, gamma: 1, margin: margin)
            let inference = FacilityLocationInference(embeddings: x, labels: labels, marginMultiplier: 1, margin: margin)
            let greedy = literal.greedy()
            #expect(inference.greedyMedoids == greedy, "trial \(trial)")
            #expect(inference.medoids == literal.pam(greedy), "trial \(trial)")
        }
    }

    /// With γ = 0 the greedy maximises F(S) − F(∅), a monotone submodular function (F(∅) = −m·D,
    /// D the largest distance), so it reaches at least 1 − 1/e of the best set of the same size.
    @Test func greedyReachesOneMinusOneOverEOfTheExhaustiveOptimum() {
        var rng = RNG(seed: 5)
        var worstRatio = Double.infinity
        for _ in 0 ..< 60 {
            let m = 6 + rng.int(below: 5), classes = 2 + rng.int(below: 3)
            let (x, labels) = randomBatch(m: m, classes: classes, grid: false, rng: &rng)
            let literal = LiteralFacilityLocation(x, labels: labels, gamma: 0, margin: .nmi)
            let emptySet = -Double(m) * literal.distances.max()!
            let greedy = FacilityLocationInference(embeddings: x, labels: labels, marginMultiplier: 0, refinement: .greedyOnly)
            let best = subsets(of: m, size: classes).map { literal.energy($0) }.max()!
            let ratio = (greedy.facilityEnergy - emptySet) / (best - emptySet)
            worstRatio = min(worstRatio, ratio)
            #expect(ratio >= 1 - exp(-1.0))
        }
        #expect(worstRatio <= 1)
    }

    /// Each PAM sweep keeps or raises F(S) + γΔ(g(S)): the current medoid is always a candidate, and
    /// reassigning points to their nearest medoid only lowers the within-cluster distances.
    @Test func aPAMSweepNeverLowersTheAugmentedScore() {
        var rng = RNG(seed: 9)
        var raised = 0
        for trial in 0 ..< 60 {
            let m = 8 + rng.int(below: 20), classes = 2 + rng.int(below: 5)
            let (x, labels) = randomBatch(m: m, classes: classes, grid: trial % 3 == 0, rng: &rng)
            let gamma = [0.0, 0.5, 1, 3][trial % 4]
            let literal = LiteralFacilityLocation(x, labels: labels, gamma: gamma, margin: .nmi)
            let inference = FacilityLocationInference(embeddings: x, labels: labels, marginMultiplier: gamma)
            var previous = literal.augmented(inference.greedyMedoids)
            for sweep in inference.sweeps {
                let score = literal.augmented(sweep)
                #expect(score >= previous - 1e-9, "trial \(trial)")
                if score > previous + 1e-9 { raised += 1 }
                previous = score
            }
        }
        #expect(raised > 0)
    }

    @Test func oracleMedoidsMinimiseEachClasssDistanceSum() {
        var rng = RNG(seed: 3)
        let (x, labels) = randomBatch(m: 20, classes: 4, grid: false, rng: &rng)
        let literal = LiteralFacilityLocation(x, labels: labels, gamma: 1, margin: .nmi)
        let inference = FacilityLocation().inference(x, labels: labels)
        var score = 0.0
        for (y, medoid) in zip(inference.classes, inference.oracleMedoids) {
            let members = labels.indices.filter { labels[$0] == y }
            let cost = { (c: Int) in members.reduce(0) { $0 + literal.d($1, c) } }
            #expect(labels[medoid] == y)
            #expect(members.allSatisfy { cost($0) >= cost(medoid) })
            score -= cost(medoid)
        }
        #expect(abs(inference.oracleScore - score) < 1e-12)
    }
}

/// Every subset of 0..<n with `size` elements.
func subsets(of n: Int, size: Int) -> [[Int]] {
    guard size > 0 else { return [[]] }
    guard n >= size else { return [] }
    return subsets(of: n - 1, size: size) + subsets(of: n - 1, size: size - 1).map { $0 + [n - 1] }
}
