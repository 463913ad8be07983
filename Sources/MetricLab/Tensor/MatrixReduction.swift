/// What a loss takes of an m×n matrix of similarities: a few numbers per row or per listed pair,
/// never the matrix itself.
///
/// Said this way, an op that computes the matrix block by block (`innerProductsReduced`) can
/// reduce each block while it is in cache and recompute its gradient block by block, instead of
/// writing the matrix and its gradient out whole. Each case is named for the tensor op it stands for.
public enum MatrixReduction: Sendable {
    /// `logSumExpRows(mask:addOne:scale:offset:)`: log Σⱼ exp(scale·xᵢⱼ + offset) over the kept entries (m×1).
    case logSumExpRows(mask: Mask?, scale: Double = 1, offset: Double = 0, addOne: Bool = false)
    /// `rowSums(where:)`, or `rowSums()` without a mask: Σⱼ xᵢⱼ over the kept entries (m×1).
    case rowSums(where: Mask?)
    /// `entries(rows:cols:)`: the entries (rows[k], cols[k]) as a column (P×1).
    case entries(rows: [Int], cols: [Int])

    /// The mask a row reduction keeps its entries by: nil for every entry, and for `entries`.
    var mask: Mask? {
        switch self {
        case .logSumExpRows(let mask, _, _, _), .rowSums(let mask): mask
        case .entries: nil
        }
    }

    /// The number of values this reduction gives for a matrix of `rows` rows.
    func count(rows: Int) -> Int {
        if case .entries(let listed, _) = self { listed.count } else { rows }
    }
}

extension Tensor {
    /// Each reduction of this matrix, as its tensor op gives it: the reference that
    /// `innerProductsReduced(with:_:)` matches bit for bit.
    public func reduced(_ reductions: [MatrixReduction]) -> [Tensor] {
        reductions.map { reduction in
            switch reduction {
            case let .logSumExpRows(mask, scale, offset, addOne): logSumExpRows(mask: mask, addOne: addOne, scale: scale, offset: offset)
            case .rowSums(let mask): mask.map { rowSums(where: $0) } ?? rowSums()
            case let .entries(rows, cols): entries(rows: rows, cols: cols)
            }
        }
    }
}
