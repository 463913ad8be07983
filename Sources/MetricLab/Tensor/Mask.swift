import Synchronization

/// A constant r×c matrix of booleans: which entries of a tensor an op keeps.
///
/// Losses pick their pairs with masks (same label, different label, off the diagonal) so that the
/// loss itself stays one vectorised expression; masks never carry gradients.
public struct Mask: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The entries, row after row.
    public let bits: [Bool]

    /// A mask from row-major bits.
    public init(rows: Int, cols: Int, bits: [Bool]) {
        precondition(bits.count == rows * cols, "Mask: \(bits.count) bits do not fill \(rows)×\(cols)")
        self.rows = rows
        self.cols = cols
        self.bits = bits
    }

    /// A mask whose entry (i, j) is `rule(i, j)`.
    public init(rows: Int, cols: Int, _ rule: (Int, Int) -> Bool) {
        let bits = [Bool](unsafeUninitializedCapacity: rows * cols) { bits, initialized in
            for i in 0 ..< rows { for j in 0 ..< cols { bits[i * cols + j] = rule(i, j) } }
            initialized = rows * cols
        }
        self.init(rows: rows, cols: cols, bits: bits)
    }

    /// The entries of `within` whose value in `values` passes `keep`: a choice made on plain numbers
    /// in one pass over both buffers.
    public init(_ values: Tensor, within: Mask, where keep: (Double) -> Bool) {
        precondition(values.rows == within.rows && values.cols == within.cols,
                     "Mask: values \(values.rows)×\(values.cols) within \(within.rows)×\(within.cols)")
        let bits = values.scalars.withUnsafeBufferPointer { x in within.bits.withUnsafeBufferPointer { w in
            [Bool](unsafeUninitializedCapacity: x.count) { b, initialized in
                for t in 0 ..< x.count { b[t] = w[t] && keep(x[t]) }
                initialized = x.count
            }
        } }
        self.init(rows: values.rows, cols: values.cols, bits: bits)
    }

    /// The entries above the diagonal only, (i, j) with i < j: each unordered pair of a square
    /// mask once, as pytorch-metric-learning counts pairs for some losses (`Mask.positivePairs(y).upperTriangle`).
    public var upperTriangle: Mask {
        precondition(rows == cols, "upperTriangle: a square mask is needed, got \(rows)×\(cols)")
        return Mask(rows: rows, cols: cols) { i, j in i < j && self[i, j] }
    }

    /// The entry at a row and column.
    public subscript(row: Int, col: Int) -> Bool { bits[row * cols + col] }

    /// How many entries are set.
    public var count: Int { (0 ..< rows).reduce(0) { $0 &+ setBits(inRow: $1) } }

    /// How many entries of each row are set.
    public var rowCounts: [Int] { (0 ..< rows).map(setBits(inRow:)) }

    /// Whether row i has any entry set, for each row.
    public var rowHasAny: [Bool] { (0 ..< rows).map { setBits(inRow: $0) > 0 } }

    /// The set entries of one row, counted over its bytes (a Bool is stored as 0 or 1), in a loop
    /// that vectorises: pair losses count every row of their m×m masks at every step.
    private func setBits(inRow i: Int) -> Int {
        bits.withUnsafeBytes { bytes in
            var total = 0
            for t in i * cols ..< (i + 1) * cols { total &+= Int(bytes[t]) }
            return total
        }
    }

    /// Every pair (i, j) with i ≠ j of n examples.
    public static func offDiagonal(_ n: Int) -> Mask { labelPairs(Array(repeating: 0, count: n), same: true, diagonal: false) }

    /// Pairs (i, j) with the same label, the diagonal included.
    public static func sameLabel(_ labels: [Int]) -> Mask { labelPairs(labels, same: true, diagonal: true) }

    /// Pairs (i, j) with different labels.
    public static func differentLabel(_ labels: [Int]) -> Mask { labelPairs(labels, same: false, diagonal: false) }

    /// Positive pairs: same label, i ≠ j.
    public static func positivePairs(_ labels: [Int]) -> Mask { labelPairs(labels, same: true, diagonal: false) }

    /// Pairs whose labels are equal (or differ), with or without the diagonal. Every pair loss asks
    /// for two or three of these m×m masks at every step of the same labels, so the last few are
    /// kept and handed out again (a mask is an immutable value) instead of rebuilt.
    private static func labelPairs(_ labels: [Int], same: Bool, diagonal: Bool) -> Mask {
        let key = LabelMaskKey(labels: labels, same: same, diagonal: diagonal)
        if let kept = recentLabelMasks.withLock({ $0.first { $0.key == key }?.mask }) { return kept }
        let mask = buildLabelPairs(labels, same: same, diagonal: diagonal)
        recentLabelMasks.withLock { recent in
            recent.removeAll { $0.key == key }
            recent.append((key, mask))
            if recent.count > keptLabelMasks { recent.removeFirst() }
        }
        return mask
    }

    /// How many label masks are kept: a loss's positive, negative and off-diagonal masks, and a
    /// second loss's (a weighted sum of two) or the next batch size's.
    private static let keptLabelMasks = 6

    /// The label masks built last, oldest first.
    private static let recentLabelMasks = Mutex<[(key: LabelMaskKey, mask: Mask)]>([])

    /// Pairs whose labels are equal (or differ), built row by row over plain buffers.
    private static func buildLabelPairs(_ labels: [Int], same: Bool, diagonal: Bool) -> Mask {
        let n = labels.count
        let bits = labels.withUnsafeBufferPointer { l in
            [Bool](unsafeUninitializedCapacity: n * n) { bits, initialized in
                forEachChunk(of: n, work: n * n) { rows in
                    for i in rows {
                        let li = l[i], row = bits.baseAddress! + i * n
                        for j in 0 ..< n { row[j] = (l[j] == li) == same }
                        if same { row[i] = diagonal }
                    }
                }
                initialized = n * n
            }
        }
        return Mask(rows: n, cols: n, bits: bits)
    }

    /// Negative pairs: different labels (an alias that reads well beside `positivePairs`).
    public static func negativePairs(_ labels: [Int]) -> Mask { differentLabel(labels) }

    /// Entries (i, c) where example i has class c: the one-hot matrix of the labels.
    public static func oneHot(_ labels: [Int], classes: Int) -> Mask {
        Mask(rows: labels.count, cols: classes) { labels[$0] == $1 }
    }

    /// Both set.
    public static func && (a: Mask, b: Mask) -> Mask {
        precondition(a.rows == b.rows && a.cols == b.cols, "Mask &&: shapes differ")
        return Mask(rows: a.rows, cols: a.cols, bits: zip(a.bits, b.bits).map { $0 && $1 })
    }

    /// Either set.
    public static func || (a: Mask, b: Mask) -> Mask {
        precondition(a.rows == b.rows && a.cols == b.cols, "Mask ||: shapes differ")
        return Mask(rows: a.rows, cols: a.cols, bits: zip(a.bits, b.bits).map { $0 || $1 })
    }

    /// The complement.
    public static prefix func ! (a: Mask) -> Mask {
        Mask(rows: a.rows, cols: a.cols, bits: a.bits.map { !$0 })
    }
}

/// What a label mask is built from: the labels and which rule.
private struct LabelMaskKey: Equatable, Sendable {
    let labels: [Int]
    let same: Bool
    let diagonal: Bool
}

extension Tensor {
    /// A constant of ones where the mask is set and zeros elsewhere.
    public init(_ mask: Mask) {
        self.init(rows: mask.rows, cols: mask.cols, scalars: mask.bits.map { $0 ? 1 : 0 })
    }
}
