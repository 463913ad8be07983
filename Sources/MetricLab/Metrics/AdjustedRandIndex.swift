/// The adjusted Rand index of two labelings of the same points (Hubert & Arabie 1985).
///
/// ARI = (Σᵢⱼ C(nᵢⱼ,2) − E) / (½(Σᵢ C(aᵢ,2) + Σⱼ C(bⱼ,2)) − E) with E = Σᵢ C(aᵢ,2)·Σⱼ C(bⱼ,2) / C(n,2):
/// 1 for identical partitions, about 0 for independent ones, and negative below chance.
/// Both labelings all singletons give 1, as in scikit-learn; both a single cluster (one point,
/// one class) or no points: undefined, NaN, where scikit-learn gives 1.
public func adjustedRandIndex(_ a: [Int], _ b: [Int]) -> Double {
    let table = ContingencyTable(a, b)
    guard table.rows > 1 || table.cols > 1 else { return .nan }
    func pairs(_ c: Int) -> Double { Double(c) * Double(c - 1) / 2 }
    return adjustedRandIndex(cellPairs: table.counts.reduce(0) { $0 + pairs($1) },
                             rowPairs: table.rowSums.reduce(0) { $0 + pairs($1) },
                             columnPairs: table.columnSums.reduce(0) { $0 + pairs($1) },
                             rows: table.rows, cols: table.cols, points: a.count)
}

/// The adjusted Rand index from the pair counts of a contingency table and its margins; both
/// sides a single cluster count as a perfect 1 here, as facility location's margin needs.
func adjustedRandIndex(cellPairs: Double, rowPairs: Double, columnPairs: Double,
                       rows: Int, cols: Int, points n: Int) -> Double {
    if rows == cols && (rows <= 1 || rows == n) { return 1 }
    let expected = rowPairs * columnPairs / (Double(n) * Double(n - 1) / 2)
    let mean = (rowPairs + columnPairs) / 2
    return (cellPairs - expected) / (mean - expected)
}
