/// How two shapes line up in an elementwise op: equal, or one side a scalar, a row or a column.
///
/// A broadcast dimension gets stride 0, so one loop serves every case, and the same loop run
/// backwards adds each gradient into the entry it came from: that is the unbroadcasting sum.
struct Broadcast {
    let rows: Int
    let cols: Int
    private let aRowStride: Int, aColStride: Int
    private let bRowStride: Int, bColStride: Int
    /// Per-entry strides (1 or 0) when each side is either the full shape or a scalar: then one
    /// flat loop serves, which matters for the long columns of per-pair and per-triplet terms.
    private let flatStrides: (a: Int, b: Int)?

    init(_ a: Tensor, _ b: Tensor, op: StaticString) {
        func fit(_ x: Int, _ y: Int) -> Int {
            precondition(x == y || x == 1 || y == 1,
                         "\(op): shapes \(a.rows)×\(a.cols) and \(b.rows)×\(b.cols) do not broadcast")
            return x == 1 ? y : x
        }
        rows = fit(a.rows, b.rows)
        cols = fit(a.cols, b.cols)
        aRowStride = a.rows == 1 ? 0 : a.cols
        aColStride = a.cols == 1 ? 0 : 1
        bRowStride = b.rows == 1 ? 0 : b.cols
        bColStride = b.cols == 1 ? 0 : 1
        let (rows, cols) = (rows, cols)
        func flat(_ t: Tensor) -> Int? { t.rows == rows && t.cols == cols ? 1 : (t.count == 1 ? 0 : nil) }
        flatStrides = flat(a).flatMap { sa in flat(b).map { (sa, $0) } }
    }

    /// Calls `body(out, ia, ib)` for every output entry with the input entries it reads.
    @inline(__always)
    func forEach(_ body: (Int, Int, Int) -> Void) { forEach(rows: 0 ..< rows, body) }

    /// Calls `body(out, ia, ib)` for the output entries of some rows, in order.
    @inline(__always)
    func forEach(rows chosen: Range<Int>, _ body: (Int, Int, Int) -> Void) {
        if let (sa, sb) = flatStrides {
            // One loop per pair of strides, constants the compiler can vectorise with, not o·stride.
            let entries = chosen.lowerBound * cols ..< chosen.upperBound * cols
            switch (sa, sb) {
            case (1, 1): for o in entries { body(o, o, o) }
            case (1, _): for o in entries { body(o, o, 0) }
            case (_, 1): for o in entries { body(o, 0, o) }
            default: for o in entries { body(o, 0, 0) }
            }
            return
        }
        var o = chosen.lowerBound * cols
        for i in chosen {
            var ia = i * aRowStride, ib = i * bRowStride
            for _ in 0 ..< cols {
                body(o, ia, ib)
                o += 1
                ia += aColStride
                ib += bColStride
            }
        }
    }

    /// An input of the op.
    enum Side { case a, b }

    /// Runs `body` over chunks of the output's rows, on the cores when the op is large (each
    /// chunk's rows in order). With `side`, the loop sums into that input's entries: where an
    /// entry gathers from more than one row (a broadcast row or scalar), the rows run in order on
    /// one core, so that its sum is the same chain of adds wherever chunks would split.
    ///
    /// An entry is a quarter of a unit of `forEachChunk`'s work: an add or a multiply takes a
    /// fraction of a nanosecond, and the hand-off to the other cores only pays from about 2¹⁸
    /// entries (a 512×512 matrix); below that, margin and lifted structure at batch 128 ran 5–7%
    /// slower split.
    func forEachRowChunk(gathering side: Side? = nil, _ body: (Range<Int>) -> Void) {
        if let side, (side == .a ? aRowStride : bRowStride) == 0, rows > 1 { return body(0 ..< rows) }
        forEachChunk(of: rows, work: rows * cols / 4, body)
    }
}
