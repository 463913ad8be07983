/// The state of a loss-augmented medoid search on a plain distance matrix: the medoid list, each
/// point's nearest and second-nearest medoid, the assignment and its contingency table.
///
/// Everything TensorFlow's cluster loss recomputes per candidate (a fresh nearest-medoid
/// assignment, then scikit-learn's score) is kept up to date here instead: a candidate that adds a
/// medoid, or replaces the medoid at one position, is scored in one O(m) pass over the points,
/// because each point can only stay, go to the candidate, or (if its medoid is the one replaced) go
/// to its second-nearest medoid. Decisions follow TensorFlow exactly: argmax and argmin take the
/// lowest position (candidates come in ascending index, so the lowest index wins), a point's
/// nearest medoid is the lowest position among equally near ones, and each medoid is assigned to
/// its own cluster whatever the distances say.
struct FacilityLocationSearch {
    let points: Int
    let distances: [Double]
    let marginMultiplier: Double
    private(set) var medoids: [Int] = []
    private(set) var assignment: [Int]
    private(set) var nearestDistance: [Double]
    private(set) var contingency: FacilityLocationContingency
    private var positionOf: [Int]
    private var nearest: [Int]
    private var second: [Int]
    private var secondDistance: [Double]
    /// Σᵢ min_{j∈S} D[i, j] for the current medoids S (kept up to date by `place`).
    private var totalNearestDistance = 0.0

    /// A search with no medoids yet over `distances` (m×m, row-major) for points of dense classes.
    init(distances: [Double], classOf: [Int], classes: Int, marginMultiplier: Double, margin: FacilityLocation.Margin) {
        let m = classOf.count
        precondition(distances.count == m * m, "FacilityLocationSearch: \(distances.count) distances for \(m) points")
        points = m
        self.distances = distances
        self.marginMultiplier = marginMultiplier
        assignment = [Int](repeating: -1, count: m)
        positionOf = assignment
        nearest = assignment
        second = assignment
        nearestDistance = [Double](repeating: .infinity, count: m)
        secondDistance = nearestDistance
        contingency = FacilityLocationContingency(classOf: classOf, classes: classes, capacity: classes, margin: margin)
    }

    /// F(S) = −Σᵢ min_{j∈S} D[i, j] of the current medoids.
    var facilityEnergy: Double { -totalNearestDistance }

    /// Whether a point is a medoid now.
    func isMedoid(_ point: Int) -> Bool { positionOf[point] >= 0 }

    /// Whether (d, p) beats (dBest, pBest) as a nearest medoid: nearer, or as near at a lower position.
    @inline(__always)
    private static func beats(_ d: Double, _ p: Int, _ dBest: Double, _ pBest: Int) -> Bool {
        pBest < 0 || d < dBest || (d == dBest && p < pBest)
    }

    /// Records in the contingency table the moves that putting `candidate` at `position` would make:
    /// a new medoid at the end of the list, else a replacement of the medoid there. Returns
    /// Σᵢ min(nearest, D[candidate, i]), the facility cost if the candidate were added.
    private mutating func recordMoves(candidate c: Int, position k: Int) -> Double {
        var cost = 0.0
        // Local references: the loop reads them while `contingency.move` writes another property.
        let nearest = nearest, second = second, nearestDistance = nearestDistance, secondDistance = secondDistance
        let positionOf = positionOf, assignment = assignment
        distances.withUnsafeBufferPointer { dist in
            let row = c * points
            for j in 0 ..< points {
                let dc = dist[row + j]
                cost += Swift.min(nearestDistance[j], dc)
                let to: Int
                if j == c {
                    to = k
                } else if positionOf[j] >= 0 && positionOf[j] != k {
                    continue
                } else {
                    var p = nearest[j], d = nearestDistance[j]
                    if p == k { p = second[j]; d = secondDistance[j] }
                    to = Self.beats(dc, k, d, p) ? k : p
                }
                if to != assignment[j] { contingency.move(j, from: assignment[j], to: to) }
            }
        }
        return cost
    }

    /// Records the moves of adding `candidate` as a new medoid and returns the facility cost with it.
    ///
    /// The greedy search's hot loop (C·m candidates of m points each). A new medoid comes last in
    /// the list, so it takes exactly the points strictly nearer to it than to their nearest medoid
    /// (no medoid is: its nearest distance is 0), and itself. Only those points change the cost,
    /// so the loop is a comparison per point and the cost is Σ nearest − Σ over movers of the saving.
    private mutating func recordAdditionMoves(candidate c: Int) -> Double {
        let k = medoids.count, m = points
        var cost = 0.0
        let nearestDistance = nearestDistance, assignment = assignment
        distances.withUnsafeBufferPointer { dist in
            let row = dist.baseAddress! + c * m
            if k == 0 {
                for j in 0 ..< m { cost += row[j]; contingency.move(j, from: -1, to: 0) }
                return
            }
            var saving = 0.0
            for j in 0 ..< m where row[j] < nearestDistance[j] {
                saving += nearestDistance[j] - row[j]
                if j != c { contingency.move(j, from: assignment[j], to: k) }
            }
            cost = totalNearestDistance - saving
        }
        if k > 0 && assignment[c] != k { contingency.move(c, from: assignment[c], to: k) }
        return cost
    }

    /// The clustering score (NMI or the chosen margin's score) with `candidate` at `position`.
    mutating func clusteringScore(candidate: Int, position: Int) -> (score: Double, facilityCost: Double) {
        let cost = position == medoids.count ? recordAdditionMoves(candidate: candidate)
                                             : recordMoves(candidate: candidate, position: position)
        let sums = contingency.sumsAfterMoves()
        contingency.discardMoves()
        return (contingency.score(sums), cost)
    }

    /// The clustering score of the current assignment.
    var clusteringScore: Double { contingency.score(contingency.sums) }

    /// Puts `candidate` at `position`: appends it as a new medoid, or replaces the medoid there.
    mutating func place(_ c: Int, at k: Int) {
        _ = recordMoves(candidate: c, position: k)
        contingency.commitMoves()
        let replacing = k < medoids.count
        if replacing {
            positionOf[medoids[k]] = -1
            medoids[k] = c
        } else {
            medoids.append(c)
        }
        positionOf[c] = k
        distances.withUnsafeBufferPointer { dist in
            for j in 0 ..< points {
                if replacing && (nearest[j] == k || second[j] == k) {
                    nearest[j] = -1; second[j] = -1
                    nearestDistance[j] = .infinity; secondDistance[j] = .infinity
                    for (p, medoid) in medoids.enumerated() { insert(dist[medoid * points + j], p, for: j) }
                } else {
                    insert(dist[c * points + j], k, for: j)
                }
                assignment[j] = positionOf[j] >= 0 ? positionOf[j] : nearest[j]
            }
        }
        totalNearestDistance = nearestDistance.reduce(0, +)
    }

    @inline(__always)
    private mutating func insert(_ d: Double, _ p: Int, for j: Int) {
        if Self.beats(d, p, nearestDistance[j], nearest[j]) {
            second[j] = nearest[j]; secondDistance[j] = nearestDistance[j]
            nearest[j] = p; nearestDistance[j] = d
        } else if Self.beats(d, p, secondDistance[j], second[j]) {
            second[j] = p; secondDistance[j] = d
        }
    }
}
