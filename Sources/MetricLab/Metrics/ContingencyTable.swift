import Foundation

/// The counts of two labelings of the same points: how many points fall in each (row, column) pair.
///
/// Rows are the distinct values of the first labeling, columns those of the second, both in
/// ascending order, so that the same labelings always give the same table and the same bits.
public struct ContingencyTable: Sendable, Equatable {
    /// Number of distinct values of the first labeling.
    public let rows: Int
    /// Number of distinct values of the second labeling.
    public let cols: Int
    /// The counts, row after row.
    public let counts: [Int]
    /// The points in each row.
    public let rowSums: [Int]
    /// The points in each column.
    public let columnSums: [Int]

    /// The table of two equally long labelings.
    public init(_ a: [Int], _ b: [Int]) {
        precondition(a.count == b.count, "ContingencyTable: \(a.count) and \(b.count) labels")
        let rowOf = Dictionary(uniqueKeysWithValues: Set(a).sorted().enumerated().map { ($1, $0) })
        let colOf = Dictionary(uniqueKeysWithValues: Set(b).sorted().enumerated().map { ($1, $0) })
        rows = rowOf.count
        cols = colOf.count
        var counts = [Int](repeating: 0, count: rows * cols)
        var rowSums = [Int](repeating: 0, count: rows), columnSums = [Int](repeating: 0, count: cols)
        for (x, y) in zip(a, b) {
            let i = rowOf[x]!, j = colOf[y]!
            counts[i * cols + j] += 1
            rowSums[i] += 1
            columnSums[j] += 1
        }
        self.counts = counts
        self.rowSums = rowSums
        self.columnSums = columnSums
    }

    /// The number of points.
    public var total: Int { rowSums.reduce(0, +) }

    /// The mutual information of the two labelings (natural log), never below 0.
    public var mutualInformation: Double {
        let n = Double(total)
        var mi = 0.0
        for i in 0 ..< rows {
            for j in 0 ..< cols where counts[i * cols + j] > 0 {
                let c = Double(counts[i * cols + j])
                mi += c / n * log(c * n / (Double(rowSums[i]) * Double(columnSums[j])))
            }
        }
        return max(0, mi)
    }

    /// The entropy of the first labeling (natural log).
    public var rowEntropy: Double { Self.entropy(rowSums) }

    /// The entropy of the second labeling (natural log).
    public var columnEntropy: Double { Self.entropy(columnSums) }

    private static func entropy(_ sizes: [Int]) -> Double {
        let n = Double(sizes.reduce(0, +))
        return sizes.reduce(0) { h, c in c == 0 ? h : h - Double(c) / n * log(Double(c) / n) }
    }
}
