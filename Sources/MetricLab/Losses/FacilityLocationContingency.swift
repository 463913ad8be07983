import Foundation

/// The contingency table of a facility-location search (cluster positions × true classes), kept
/// with the running sums every clustering score needs, so that a proposed change is scored in time
/// proportional to the points it moves.
///
/// All four scores are functions of a few additive sums over cells and cluster sizes:
/// Σ n log n over cells and over clusters (mutual information and entropies), Σ C(n, 2) over cells
/// and over clusters (adjusted Rand), and Σ over clusters of the size-dependent term of E[I]
/// (adjusted mutual information). A proposal records its moves as deltas on touched cells and
/// clusters only; the sums after it follow from those alone, and the deltas are then discarded or
/// committed.
struct FacilityLocationContingency {
    /// The additive statistics of one clustering.
    struct Sums {
        var cellXLogX = 0.0
        var clusterXLogX = 0.0
        var cellPairs = 0.0
        var clusterPairs = 0.0
        var expectedMutualInformation = 0.0
        var clusters = 0
    }

    let margin: FacilityLocation.Margin
    let classOf: [Int]
    let classes: Int
    private(set) var sums = Sums()
    private var counts: [Int]
    private var sizes: [Int]
    private let xLogX: [Double]
    private let classXLogX: Double
    private let classPairs: Double
    private let classEntropy: Double
    private var expected: ExpectedMutualInformation?
    private var cellDelta: [Int]
    private var touchedCells: [Int] = []
    private var cellTouched: [Bool]
    private var sizeDelta: [Int]
    private var touchedClusters: [Int] = []
    private var clusterTouched: [Bool]

    /// An empty table for points of dense classes `classOf` (0..<classes) and up to `capacity` clusters.
    init(classOf: [Int], classes: Int, capacity: Int, margin: FacilityLocation.Margin) {
        self.margin = margin
        self.classOf = classOf
        self.classes = classes
        let n = classOf.count
        counts = [Int](repeating: 0, count: capacity * classes)
        sizes = [Int](repeating: 0, count: capacity)
        cellDelta = counts
        sizeDelta = sizes
        cellTouched = [Bool](repeating: false, count: capacity * classes)
        clusterTouched = [Bool](repeating: false, count: capacity)
        let xLogX = (0 ... n).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }
        self.xLogX = xLogX
        var classSizes = [Int](repeating: 0, count: classes)
        for y in classOf { classSizes[y] += 1 }
        classXLogX = classSizes.reduce(0) { $0 + xLogX[$1] }
        classPairs = classSizes.reduce(0) { $0 + Self.pairs($1) }
        classEntropy = classes <= 1 ? 0 : log(Double(n)) - classXLogX / Double(n)
        if margin == .ami { expected = ExpectedMutualInformation(columnSums: classSizes) }
        touchedCells.reserveCapacity(n)
        touchedClusters.reserveCapacity(capacity)
    }

    private static func pairs(_ c: Int) -> Double { Double(c) * Double(c - 1) / 2 }

    /// Records that `point` leaves cluster `from` (-1: none yet) for cluster `to`.
    @inline(__always)
    mutating func move(_ point: Int, from: Int, to: Int) {
        let y = classOf[point]
        if from >= 0 { record(cell: from * classes + y, -1); record(cluster: from, -1) }
        record(cell: to * classes + y, 1)
        record(cluster: to, 1)
    }

    @inline(__always)
    private mutating func record(cell: Int, _ d: Int) {
        // A flag, not a zero delta, marks a listed cell: a delta can return to zero and move again.
        if !cellTouched[cell] { cellTouched[cell] = true; touchedCells.append(cell) }
        cellDelta[cell] += d
    }

    @inline(__always)
    private mutating func record(cluster: Int, _ d: Int) {
        if !clusterTouched[cluster] { clusterTouched[cluster] = true; touchedClusters.append(cluster) }
        sizeDelta[cluster] += d
    }

    /// The sums as they would be after the recorded moves.
    mutating func sumsAfterMoves() -> Sums {
        var s = sums
        for cell in touchedCells where cellDelta[cell] != 0 {
            let old = counts[cell], new = old + cellDelta[cell]
            s.cellXLogX += xLogX[new] - xLogX[old]
            s.cellPairs += Self.pairs(new) - Self.pairs(old)
        }
        for k in touchedClusters where sizeDelta[k] != 0 {
            let old = sizes[k], new = old + sizeDelta[k]
            s.clusterXLogX += xLogX[new] - xLogX[old]
            s.clusterPairs += Self.pairs(new) - Self.pairs(old)
            s.clusters += (new > 0 ? 1 : 0) - (old > 0 ? 1 : 0)
            if expected != nil { s.expectedMutualInformation += expected!.rowTerm(new) - expected!.rowTerm(old) }
        }
        return s
    }

    /// Forgets the recorded moves.
    mutating func discardMoves() {
        for cell in touchedCells { cellDelta[cell] = 0; cellTouched[cell] = false }
        for k in touchedClusters { sizeDelta[k] = 0; clusterTouched[k] = false }
        touchedCells.removeAll(keepingCapacity: true)
        touchedClusters.removeAll(keepingCapacity: true)
    }

    /// Makes the recorded moves the table's state.
    mutating func commitMoves() {
        sums = sumsAfterMoves()
        for cell in touchedCells { counts[cell] += cellDelta[cell] }
        for k in touchedClusters { sizes[k] += sizeDelta[k] }
        discardMoves()
    }

    /// The clustering score of a state, as TensorFlow's cluster loss computes it from scikit-learn:
    /// NMI as is, AMI, ARI and V-measure floored at 0.
    func score(_ s: Sums) -> Double {
        let n = Double(classOf.count)
        guard n > 0 else { return 1 }
        let k = s.clusters
        let split = k > 1 && classes > 1
        // Σ nᵢⱼ log(n·nᵢⱼ/(aᵢbⱼ)) = Σ nᵢⱼ log nᵢⱼ − Σ aᵢ log aᵢ − Σ bⱼ log bⱼ + n log n.
        let mi = split ? max(0, (s.cellXLogX - s.clusterXLogX - classXLogX + xLogX[classOf.count]) / n) : 0
        let clusterEntropy = k <= 1 ? 0 : log(n) - s.clusterXLogX / n
        switch margin {
        case .nmi:
            if k == 1 && classes == 1 { return 1 }
            guard mi > 1e-15 else { return 0 }
            return min(1, mi / (classEntropy * clusterEntropy).squareRoot())
        case .ami:
            return max(0, adjustedMutualInformation(mutualInformation: mi, expected: s.expectedMutualInformation,
                                                    rows: classes, cols: k,
                                                    normalizer: max(classEntropy, clusterEntropy)))
        case .ari:
            return max(0, adjustedRandIndex(cellPairs: s.cellPairs, rowPairs: classPairs, columnPairs: s.clusterPairs,
                                            rows: classes, cols: k, points: classOf.count))
        case .vMeasure:
            return max(0, MetricLab.vMeasure(mutualInformation: mi, classEntropy: classEntropy, clusterEntropy: clusterEntropy))
        }
    }
}
