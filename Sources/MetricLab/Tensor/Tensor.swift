/// A matrix of `Double`s, row-major and contiguous, that may be recorded on the autodiff tape.
///
/// A tensor is a value: its shape and scalars never change once made. A tensor that depends on a
/// variable carries a graph node, through which `backward()` sends gradients to those variables; a
/// constant carries none and costs nothing on the tape.
public struct Tensor: @unchecked Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The entries, row after row.
    public let scalars: [Double]
    /// The graph node, present when the value depends on a variable.
    let node: Node?

    init(rows: Int, cols: Int, scalars: [Double], node: Node?) {
        precondition(rows >= 0 && cols >= 0 && scalars.count == rows * cols,
                     "Tensor: \(scalars.count) scalars do not fill \(rows)×\(cols)")
        self.rows = rows
        self.cols = cols
        self.scalars = scalars
        self.node = node
    }

    /// A constant of the given shape and row-major scalars.
    public init(rows: Int, cols: Int, scalars: [Double]) {
        self.init(rows: rows, cols: cols, scalars: scalars, node: nil)
    }

    /// A constant from rows of equal length.
    public init(_ rowArrays: [[Double]]) {
        let cols = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == cols }, "Tensor: rows of unequal length")
        self.init(rows: rowArrays.count, cols: cols, scalars: rowArrays.flatMap { $0 })
    }

    /// A 1×1 constant.
    public init(_ scalar: Double) {
        self.init(rows: 1, cols: 1, scalars: [scalar])
    }

    /// A constant filled with one value.
    public init(repeating value: Double, rows: Int, cols: Int) {
        self.init(rows: rows, cols: cols, scalars: [Double](repeating: value, count: rows * cols))
    }

    /// A constant of zeros.
    public static func zeros(_ rows: Int, _ cols: Int) -> Tensor {
        Tensor(repeating: 0, rows: rows, cols: cols)
    }

    /// The number of entries.
    public var count: Int { scalars.count }

    /// The only entry of a 1×1 tensor.
    public var scalar: Double {
        precondition(count == 1, "Tensor.scalar: shape is \(rows)×\(cols), not 1×1")
        return scalars[0]
    }

    /// The entry at a row and column.
    public subscript(row: Int, col: Int) -> Double { scalars[row * cols + col] }

    /// One row as an array.
    public func row(_ i: Int) -> [Double] { Array(scalars[i * cols ..< (i + 1) * cols]) }

    /// The rows as arrays.
    public var rowArrays: [[Double]] { (0 ..< rows).map(row) }

    /// The same values with no graph node: gradients stop here.
    public var detached: Tensor { Tensor(rows: rows, cols: cols, scalars: scalars) }
}
