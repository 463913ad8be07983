import CKernels

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

    /// The entries of `within` whose value in `values` lies strictly above `lower` and, when
    /// given, strictly below `upper` (NaN lies in no interval): the choice of `init(_:within:where:)`
    /// for an open interval, without a call per entry and with its rows split over the cores (a C
    /// kernel compares eight entries a register on AVX-512 and four on AVX2; Swift builds for
    /// SSE2, two).
    public init(_ values: Tensor, within: Mask, above lower: Double, below upper: Double? = nil) {
        self.init(values, within: within, above: lower, below: upper, kernel: GEMM.kernel)
    }

    /// The interval mask through `kernel`'s loops.
    init(_ values: Tensor, within: Mask, above lower: Double, below upper: Double?, kernel: GEMM.Kernel) {
        precondition(values.rows == within.rows && values.cols == within.cols,
                     "Mask: values \(values.rows)×\(values.cols) within \(within.rows)×\(within.cols)")
        let cols = values.cols, bounded = upper != nil, upper = upper ?? 0
        let bits = values.scalars.withUnsafeBufferPointer { x in within.bits.withUnsafeBytes { w in
            [Bool](unsafeUninitializedCapacity: x.count) { b, initialized in
                // The bytes (a Bool is stored as 0 or 1) and'ed without a branch: `&&` branched on
                // each comparison, which entries drawn from distances make a coin flip.
                initialized = x.count
                guard let out = UnsafeMutableRawPointer(b.baseAddress)?.assumingMemoryBound(to: UInt8.self), x.count > 0 else { return }
                forEachChunk(of: values.rows, work: x.count) { rows in
                    let entries = rows.lowerBound * cols ..< rows.upperBound * cols
                    if kernel != .portable, !entries.isEmpty {
                        let (w, first) = (w.baseAddress!.assumingMemoryBound(to: UInt8.self), entries.lowerBound)
                        let vector = kernel == .avx512 ? metriclab_interval_mask_avx512 : metriclab_interval_mask_avx2
                        vector(x.baseAddress! + first, w + first, entries.count, lower, upper, bounded, out + first)
                    } else if bounded {
                        for t in entries { out[t] = w[t] & (x[t] > lower ? 1 : 0) & (x[t] < upper ? 1 : 0) }
                    } else {
                        for t in entries { out[t] = w[t] & (x[t] > lower ? 1 : 0) }
                    }
                }
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
    public var count: Int { setBits(in: 0 ..< rows * cols) }

    /// How many entries of each row are set.
    public var rowCounts: [Int] { (0 ..< rows).map { setBits(in: $0 * cols ..< ($0 + 1) * cols) } }

    /// Whether row i has any entry set, for each row.
    public var rowHasAny: [Bool] { rowCounts.map { $0 > 0 } }

    /// The set entries among some flat positions, counted over their bytes (a Bool is stored as 0
    /// or 1): pair losses count their m×m masks at every step.
    func setBits(in range: Range<Int>, kernel: GEMM.Kernel = GEMM.kernel) -> Int {
        switch kernel {
        case .avx512: return bits.withUnsafeBufferPointer { metriclab_count_set_avx512($0.baseAddress.map { $0 + range.lowerBound }, range.count) }
        case .avx2: return bits.withUnsafeBufferPointer { metriclab_count_set_avx2($0.baseAddress.map { $0 + range.lowerBound }, range.count) }
        case .portable:
            return bits.withUnsafeBytes { bytes in
                var total = 0
                for t in range { total &+= Int(bytes[t]) }
                return total
            }
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

    /// Pairs whose labels are equal (or differ), with or without the diagonal.
    static func labelPairs(_ labels: [Int], same: Bool, diagonal: Bool, kernel: GEMM.Kernel = GEMM.kernel) -> Mask {
        labelPairs(rows: labels, columns: labels, same: same, own: { $0 }, ownSet: diagonal, kernel: kernel)
    }

    /// Pairs of a row label and a column label that are equal (or differ), built row by row;
    /// where `same`, each row's own column (`own(i)`, the example itself among the columns, if
    /// there) is set to `ownSet`.
    ///
    /// Every pair loss builds two or three of these masks at every step, so the labels are first
    /// renamed to dense 32-bit codes (equal exactly where the labels are): comparing those and
    /// storing bytes is a loop that vectorises, where 64-bit compares would not; a C kernel
    /// compares sixteen at a time on AVX-512 and eight on AVX2 (Swift builds for SSE2, two lanes).
    static func labelPairs(rows rowLabels: [Int], columns columnLabels: [Int], same: Bool, own: (Int) -> Int?, ownSet: Bool,
                           kernel: GEMM.Kernel = GEMM.kernel) -> Mask {
        let (r, n) = (rowLabels.count, columnLabels.count)
        var codeOf: [Int: Int32] = [:]
        func code(_ label: Int) -> Int32 {
            if let code = codeOf[label] { return code }
            let code = Int32(codeOf.count)
            codeOf[label] = code
            return code
        }
        // A square mask's rows are its columns (the same array, so == is immediate): one renaming.
        let columnCodes = columnLabels.map(code), rowCodes = rowLabels == columnLabels ? columnCodes : rowLabels.map(code)
        let (hit, miss): (UInt8, UInt8) = same ? (1, 0) : (0, 1)
        let bits = rowCodes.withUnsafeBufferPointer { rc in columnCodes.withUnsafeBufferPointer { cc in
            [Bool](unsafeUninitializedCapacity: r * n) { bits, initialized in
                let bytes = UnsafeMutableRawPointer(bits.baseAddress!).assumingMemoryBound(to: UInt8.self)
                forEachChunk(of: r, work: r * n) { rows in
                    if kernel != .portable, !rows.isEmpty, n > 0 {
                        let vector = kernel == .avx512 ? metriclab_label_pairs_avx512 : metriclab_label_pairs_avx2
                        vector(rc.baseAddress! + rows.lowerBound, cc.baseAddress!, rows.count, n, hit, miss, bytes + rows.lowerBound * n)
                    } else {
                        for i in rows { let ci = rc[i], row = bytes + i * n; for j in 0 ..< n { row[j] = cc[j] == ci ? hit : miss } }
                    }
                    if same { for i in rows { if let j = own(i), (0 ..< n).contains(j) { bytes[i * n + j] = ownSet ? 1 : 0 } } }
                }
                initialized = r * n
            }
        } }
        return Mask(rows: r, cols: n, bits: bits)
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

extension Tensor {
    /// A constant of ones where the mask is set and zeros elsewhere.
    public init(_ mask: Mask) {
        self.init(rows: mask.rows, cols: mask.cols, scalars: mask.bits.map { $0 ? 1 : 0 })
    }
}
