/// Evenly spaced points c_k = start + k·spacing, k = 0 ..< count: the nodes of a soft histogram
/// in which a value between two nodes is shared between them by linear interpolation (the
/// triangular kernel of FastAP, the histogram loss and dynamic soft margin).
///
/// The nodes cut the line into count + 1 intervals: interval 0 lies below c_0, interval k + 1 is
/// [c_k, c_{k+1}) for k < count − 1, and interval `count` holds everything from the last node on.
public struct HistogramNodes: Sendable, Equatable {
    /// The first node.
    public let start: Double
    /// The distance between neighbouring nodes.
    public let spacing: Double
    /// How many nodes there are.
    public let count: Int

    /// `count` nodes from `start`, `spacing` apart.
    public init(start: Double, spacing: Double, count: Int) {
        precondition(spacing > 0 && count >= 1, "HistogramNodes: needs a positive spacing and a node, got \(spacing), \(count)")
        self.start = start
        self.spacing = spacing
        self.count = count
    }

    /// The largest bin count a loss accepts: beyond it a count is a mistake rather than a
    /// resolution, and every row of a histogram would hold all the bins.
    public static let maximumBins = 1_000_000

    /// Node k.
    public func node(_ k: Int) -> Double { start + Double(k) * spacing }

    /// The interval x falls in, counted as (x − start) / spacing is floored (PML's bin index).
    @inline(__always)
    public func interval(of x: Double) -> Int { interval(atStep: (x - start) / spacing) }

    /// The interval of a value given in steps from the first node, (x − start) / spacing.
    @inline(__always)
    func interval(atStep t: Double) -> Int {
        guard t >= 0 else { return 0 }
        return t >= Double(count - 1) ? count : Int(t) + 1
    }

    /// (x − start) / spacing for each of `n` values: a loop of divisions the compiler vectorises,
    /// where one division per `interval(of:)` call would wait on each.
    @inline(__always)
    func steps(_ x: UnsafePointer<Double>, _ n: Int, into t: UnsafeMutablePointer<Double>) {
        for j in 0 ..< n { t[j] = (x[j] - start) / spacing }
    }
}

/// Values gathered by the intervals between histogram nodes, row by row: in each interval their
/// sum (on the tape) and their count. Everything a soft histogram of the values is, and what a loss
/// that weighs each value by its interval needs, without listing the values.
public struct IntervalSums {
    /// The nodes that cut the intervals.
    public let nodes: HistogramNodes
    /// Row i, column j: the sum of row i's values in interval j (rows × (nodes + 1)).
    public let sums: Tensor
    /// Row i, column j: how many of row i's values lie in interval j (a constant, shaped as `sums`).
    public let counts: Tensor

    /// Sums and counts of the given shape.
    init(nodes: HistogramNodes, sums: Tensor, counts: Tensor) {
        precondition(sums.cols == nodes.count + 1 && counts.rows == sums.rows && counts.cols == sums.cols,
                     "IntervalSums: \(sums.rows)×\(sums.cols) sums and \(counts.rows)×\(counts.cols) counts for \(nodes.count) nodes")
        self.nodes = nodes
        self.sums = sums
        self.counts = counts
    }

    /// All rows gathered into one.
    public func columnSums() -> IntervalSums {
        IntervalSums(nodes: nodes, sums: sums.columnSums(), counts: counts.columnSums())
    }

    /// How many values there are in all.
    public var total: Double { counts.scalars.reduce(0, +) }

    /// The soft histogram, rows × nodes: a value x in [c_k, c_{k+1}) gives 1 − f to node k and f to
    /// node k + 1, f = (x − c_k) / spacing; a value below the first node or from the last node on
    /// counts wholly at that node, with no slope.
    ///
    /// In interval j = k + 1 the fractions add up to F = (S − C·c_k) / spacing, so node k receives
    /// C − F and node k + 1 receives F: a constant from the counts plus a linear map of the sums.
    public var histogram: Tensor {
        let k = nodes.count
        let inner = (0 ... k).map { $0 > 0 && $0 < k }
        let interior = Tensor(rows: 1, cols: k + 1, scalars: inner.map { $0 ? 1 : 0 })
        let lowerNode = Tensor(rows: 1, cols: k + 1, scalars: (0 ... k).map { inner[$0] ? nodes.node($0 - 1) : 0 })
        let upper = (sums * interior - counts * lowerNode) / nodes.spacing
        let lower = counts * interior - upper
        // The outer intervals give their whole count to the first and the last node.
        var outer = [Double](repeating: 0, count: sums.rows * k)
        for i in 0 ..< sums.rows {
            outer[i * k] += counts[i, 0]
            outer[i * k + k - 1] += counts[i, k]
        }
        return lower.gatherColumns(Array(1 ... k)) + upper.gatherColumns(Array(0 ..< k)) + Tensor(rows: sums.rows, cols: k, scalars: outer)
    }
}

