import Foundation
import MetricLab

/// Small inputs shared by the pair- and triplet-loss tests.
enum PairLossFixtures {
    /// Four points in the plane, two classes: (0,0) and (1,0) are class 0, (0,2) and (2,2) class 1.
    static let square = Tensor([[0, 0], [1, 0], [0, 2], [2, 2]])
    /// The labels of `square`.
    static let squareLabels = [0, 0, 1, 1]

    /// Twelve random points in three classes of four, for gradient checks.
    static let labels12 = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]

    /// The Euclidean distance between two rows.
    static func distance(_ x: Tensor, _ i: Int, _ j: Int) -> Double {
        sqrt(zip(x.row(i), x.row(j)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
    }

    /// The rows scaled to unit length.
    static func normalized(_ x: Tensor) -> Tensor {
        Tensor(x.rowArrays.map { r in let n = sqrt(r.reduce(0) { $0 + $1 * $1 }); return r.map { $0 / n } })
    }

    /// Ordered pairs (i, j), i ≠ j, with the same label.
    static func positivePairs(_ labels: [Int]) -> [(Int, Int)] {
        labels.indices.flatMap { i in labels.indices.filter { $0 != i && labels[$0] == labels[i] }.map { (i, $0) } }
    }

    /// Ordered pairs with different labels.
    static func negativePairs(_ labels: [Int]) -> [(Int, Int)] {
        labels.indices.flatMap { i in labels.indices.filter { labels[$0] != labels[i] }.map { (i, $0) } }
    }

    /// The mean of the positive numbers, 0 when there are none (PML's AvgNonZeroReducer).
    static func meanOfPositive(_ xs: [Double]) -> Double {
        let kept = xs.filter { $0 > 0 }
        return kept.isEmpty ? 0 : kept.reduce(0, +) / Double(kept.count)
    }

    /// The mean.
    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

    /// Batches where a loss has little to work with: one class; singletons; one pair and a singleton.
    static let degenerateBatches: [(Tensor, [Int])] = [
        (Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), [4, 4, 4]),
        (Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), [0, 1, 2]),
        (Tensor([[0.3, -1], [1, 2], [-0.5, 0.2]]), [0, 0, 1]),
        (Tensor([[0.3, -1, 0.4, 2, 0], [1, 2, 0, 0, 1], [0, 0, 0, 0, 0], [0.3, -1, 0.4, 2, 0]]), [0, 1, 0, 1]),
    ]
}
