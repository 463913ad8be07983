/// Each example as a query against all the others, ranked by Euclidean distance: the retrieval
/// metrics of Musgrave et al. 2020 (A Metric Learning Reality Check) are read from it.
///
/// Conventions follow pytorch-metric-learning's `AccuracyCalculator`: the query set is the
/// reference set, each query is left out of its own results, R is the number of other examples
/// of the query's class, and queries alone in their class are left out of every average. Ties in
/// distance rank the lower index first. When no query counts (no class has two examples) every
/// score is undefined, NaN, where PML gives 0.
public struct Retrieval: Sendable {
    /// The number of ranked neighbours kept per query.
    public let depth: Int
    /// Whether `depth` covers every other example, so that any K is answerable.
    private let isComplete: Bool
    /// For each query with R > 0, a row of `depth` flags: is its r-th nearest neighbour of its class?
    private let hits: [Bool]
    /// R for each query with R > 0, in the same order as `hits`' rows.
    private let relevant: [Int]

    /// The ranking of `embeddings`' rows by distance from each other, kept to `depth` neighbours:
    /// at least the largest R, which MAP@R and R-precision need, and 8 unless told otherwise, for
    /// the Recall@1, 2, 4, 8 of Song et al. 2016.
    public init(_ embeddings: Tensor, labels: [Int], depth: Int = 8) {
        let n = embeddings.rows
        precondition(n == labels.count, "Retrieval: \(n) embeddings but \(labels.count) labels")
        var classSize: [Int: Int] = [:]
        for label in labels { classSize[label, default: 0] += 1 }
        let largestR = (classSize.values.max() ?? 1) - 1
        let depth = min(max(depth, largestR), max(n - 1, 0))
        self.depth = depth
        isComplete = depth == max(n - 1, 0)

        let distances = embeddings.detached.pairwiseSquaredDistances().scalars
        var hits: [Bool] = [], relevant: [Int] = []
        hits.reserveCapacity(n * depth)
        relevant.reserveCapacity(n)
        var neighbours = [Neighbour](repeating: Neighbour(distance: 0, index: 0), count: max(n - 1, 0))
        neighbours.withUnsafeMutableBufferPointer { buffer in
            for q in 0 ..< n {
                let r = classSize[labels[q]]! - 1
                guard r > 0 else { continue }
                var t = 0
                for j in 0 ..< n where j != q {
                    buffer[t] = Neighbour(distance: distances[q * n + j], index: j)
                    t += 1
                }
                buffer.partitionSmallest(depth)
                buffer[..<depth].sort()
                for k in 0 ..< depth { hits.append(labels[buffer[k].index] == labels[q]) }
                relevant.append(r)
            }
        }
        self.hits = hits
        self.relevant = relevant
    }

    /// The number of queries that count: those with another example of their class.
    public var queryCount: Int { relevant.count }

    /// The mean over queries of `score(query's hit flags, R)`; NaN, undefined, when no query counts.
    private func average(_ score: (ArraySlice<Bool>, Int) -> Double) -> Double {
        guard queryCount > 0 else { return .nan }
        var total = 0.0
        for q in 0 ..< queryCount { total += score(hits[q * depth ..< (q + 1) * depth], relevant[q]) }
        return total / Double(queryCount)
    }

    /// The fraction of queries whose nearest neighbour is of their class.
    public var precisionAt1: Double {
        average { row, _ in row.first! ? 1 : 0 }
    }

    /// The fraction of queries with at least one example of their class among their `k` nearest.
    public func recall(at k: Int) -> Double {
        precondition(k >= 1 && (k <= depth || isComplete),
                     "Retrieval.recall(at: \(k)): the ranking keeps \(depth) neighbours; ask for more with depth:")
        return average { row, _ in row.prefix(k).contains(true) ? 1 : 0 }
    }

    /// The mean over queries of the fraction of their R nearest neighbours that are of their class.
    public var rPrecision: Double {
        average { row, r in Double(row.prefix(r).count { $0 }) / Double(r) }
    }

    /// Mean average precision at R: over the R nearest, the precision at each rank holding a hit,
    /// summed and divided by R. A perfect ranking scores 1; unlike
    /// R-precision, it also rewards putting the hits first.
    public var mapAtR: Double {
        average { row, r in
            var found = 0, sum = 0.0
            for (rank, hit) in row.prefix(r).enumerated() where hit {
                found += 1
                sum += Double(found) / Double(rank + 1)
            }
            return sum / Double(r)
        }
    }
}

/// A reference example and its distance from the query, ordered by distance, then by index.
private struct Neighbour: Comparable {
    let distance: Double
    let index: Int

    static func < (a: Neighbour, b: Neighbour) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.index < b.index)
    }
}

extension UnsafeMutableBufferPointer where Element: Comparable {
    /// Reorders the elements so that the `k` smallest come first, in no particular order
    /// (quickselect, Hoare 1961): linear on average, where sorting everything is not.
    fileprivate func partitionSmallest(_ k: Int) {
        var low = 0, high = count - 1
        while low < high {
            let pivot = Swift.max(Swift.min(self[low], self[high]),
                                  Swift.min(Swift.max(self[low], self[high]), self[(low + high) / 2]))
            var i = low, j = high
            while i <= j {
                while self[i] < pivot { i += 1 }
                while pivot < self[j] { j -= 1 }
                if i <= j { swapAt(i, j); i += 1; j -= 1 }
            }
            if k - 1 <= j { high = j } else if k - 1 >= i { low = i } else { return }
        }
    }
}
