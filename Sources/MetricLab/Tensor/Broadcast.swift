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
        // A column against a matrix, or a row: the inner loop's strides as constants and its
        // indices unchecked (an overflow check on each kept it scalar), so that it vectorises as the
        // flat loops do (the strided loop took 1.8 ns an entry).
        var o = chosen.lowerBound * cols
        switch (aColStride, bColStride) {
        case (1, 0):
            for i in chosen {
                let ia = i * aRowStride, ib = i * bRowStride
                for c in 0 ..< cols { body(o &+ c, ia &+ c, ib) }
                o += cols
            }
        case (0, 1):
            for i in chosen {
                let ia = i * aRowStride, ib = i * bRowStride
                for c in 0 ..< cols { body(o &+ c, ia, ib &+ c) }
                o += cols
            }
        case (1, 1):
            for i in chosen {
                let ia = i * aRowStride, ib = i * bRowStride
                for c in 0 ..< cols { body(o &+ c, ia &+ c, ib &+ c) }
                o += cols
            }
        default:
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
    }

    /// Sets `sums[k] = next(sums[k], out, ia, ib)` for the output entries of some rows in order,
    /// k being the entry of `side` each reads: a gradient summed into an input. Where that input
    /// repeats one entry along a row (a column) or everywhere (a scalar), the running sum stays in
    /// a register instead of going through memory at every entry, where each add waited on the
    /// last one's store. The same operations in the same order, so the same bits.
    @inline(__always)
    func fold(rows chosen: Range<Int>, into side: Side, _ sums: UnsafeMutableBufferPointer<Double>,
              _ next: (Double, Int, Int, Int) -> Double) {
        let (rowStride, colStride) = side == .a ? (aRowStride, aColStride) : (bRowStride, bColStride)
        guard colStride == 0, cols > 1 || rowStride == 0 else {
            // One loop for each side, so that the entry written is an index the compiler sees
            // (picked inside, it kept the loop scalar).
            switch side {
            case .a: return forEach(rows: chosen) { o, ia, ib in sums[ia] = next(sums[ia], o, ia, ib) }
            case .b: return forEach(rows: chosen) { o, ia, ib in sums[ib] = next(sums[ib], o, ia, ib) }
            }
        }
        if rowStride == 0 {
            var s = sums[0]
            forEach(rows: chosen) { o, ia, ib in s = next(s, o, ia, ib) }
            sums[0] = s
            return
        }
        for i in chosen {
            var s = sums[i * rowStride]
            forEach(rows: i ..< i + 1) { o, ia, ib in s = next(s, o, ia, ib) }
            sums[i * rowStride] = s
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
