import CKernels

// A pair loss such as the angular loss takes a log-sum-exp over m columns for each of its P
// positive pairs, the logits of pair (r, s) being a row of one n×m matrix plus a row of another
// plus a number of the pair's own. As a P×m matrix that is n³/4 entries at P ≈ n²/4 (268 million,
// two gigabytes, at a batch of 1024); streamed pair by pair it needs only the two n×m matrices, and
// the backward pass recomputes each softmax weight from the saved log-sum-exp instead of keeping
// the weights.

extension Tensor {
    /// log Σⱼ exp(self[rₖ, j] + other[sₖ, j] + offsets[k]) for each listed pair k = (rₖ, sₖ) (P×1),
    /// over the columns j that row rₖ of `mask` keeps (all when nil); with `addOne`, a zero logit
    /// joins every pair: log(1 + Σ exp).
    ///
    /// The value of `logSumExpRows(mask:addOne:)` on the P×m matrix whose row k is self[rₖ] +
    /// other[sₖ] + offsets[k] masked by mask[rₖ], without forming that matrix: O(P·m) work and
    /// O(n·m + P) memory. A pair with nothing kept gives 0 with zero gradient. Pairs may repeat.
    public func pairLogSumExp(_ other: Tensor, pairs: (rows: [Int], otherRows: [Int]), offsets: Tensor,
                              mask: Mask? = nil, addOne: Bool = false) -> Tensor {
        let (r, s) = pairs, count = pairs.rows.count, m = cols
        precondition(s.count == count && offsets.rows == count && offsets.cols == 1,
                     "pairLogSumExp: \(count) rows, \(s.count) other rows, \(offsets.rows)×\(offsets.cols) offsets")
        precondition(other.cols == m, "pairLogSumExp: \(m) columns against \(other.cols)")
        if let mask { precondition(mask.rows == rows && mask.cols == m, "pairLogSumExp: mask shape") }
        precondition(r.allSatisfy { $0 >= 0 && $0 < rows } && s.allSatisfy { $0 >= 0 && $0 < other.rows },
                     "pairLogSumExp: a pair outside \(rows) × \(other.rows) rows")
        guard count > 0, m > 0 else { return .zeros(count, 1) }  // every sum empty
        let (a, b) = (self, other)
        var out = [Double](repeating: 0, count: count)
        PairKernelInputs.with(a, b, offsets, r, s, mask) { input in
            out.withUnsafeMutableBufferPointer { o in
                forEachChunk(of: count, work: count * m) { chunk in
                    var scratch = [Double](repeating: 0, count: (m + 3) / 4 * 4)
                    let k = chunk.lowerBound
                    metriclab_pair_logsumexp(input.a, input.b, input.c + k, input.r + k, input.s + k, input.keep,
                                             chunk.count, m, addOne, o.baseAddress! + k, &scratch)
                }
            }
        }
        let lse = out
        // ∂/∂self[rₖ, j] = ∂/∂other[sₖ, j] = gₖ·wₖⱼ and ∂/∂offsets[k] = gₖ·Σⱼ wₖⱼ (= gₖ(1 − w₀ₖ), w₀ the
        // weight of the added 1), with wₖⱼ the softmax weights.
        return Tensor.record(rows: count, cols: 1, scalars: lse, inputs: [a, b, offsets]) { g in
            let pieces = PairPieces(rows: r, rowCount: a.rows, otherRows: s, work: count * m)
            var otherGradient = [Double](repeating: 0, count: b.node == nil ? 0 : pieces.otherSpanTotal * m)
            var offsetGradient = [Double](repeating: 0, count: count)
            func run(into ga: UnsafeMutablePointer<Double>?) {
                PairKernelInputs.with(a, b, offsets, r, s, mask) { input in
                    otherGradient.withUnsafeMutableBufferPointer { gb in offsetGradient.withUnsafeMutableBufferPointer { gc in
                        // A piece owns its rows of ∂self, its own buffer of ∂other and its pairs' ∂offsets.
                        forEachChunk(of: pieces.ranges.count, work: count * m) { chunk in
                            var scratch = [Double](repeating: 0, count: (m + 3) / 4 * 4)
                            for q in chunk {
                                let range = pieces.ranges[q], span = pieces.otherSpans[q]
                                pieces.order.withUnsafeBufferPointer { order in
                                    metriclab_pair_logsumexp_pullback(
                                        input.a, input.b, input.c, input.r, input.s, input.keep,
                                        order.baseAddress! + range.lowerBound, range.count, m, lse, g.baseAddress!,
                                        ga, b.node == nil ? nil : gb.baseAddress! + span.offset * m, span.rows.lowerBound,
                                        gc.baseAddress!, &scratch)
                                }
                            }
                        }
                    } }
                }
            }
            if let node = a.node { node.accumulate { run(into: $0.baseAddress) } } else { run(into: nil) }
            b.node?.accumulate { gb in
                otherGradient.withUnsafeBufferPointer { buffer in
                    // Row by row, the pieces' buffers added in piece order.
                    forEachChunk(of: b.rows, work: pieces.otherSpanTotal * m) { rows in
                        for t in rows {
                            for span in pieces.otherSpans where span.rows.contains(t) {
                                let from = (span.offset + t - span.rows.lowerBound) * m
                                for j in 0 ..< m { gb[t * m + j] += buffer[from + j] }
                            }
                        }
                    }
                }
            }
            offsets.node?.accumulate { gc in for k in 0 ..< count { gc[k] += offsetGradient[k] } }
        }
    }
}

/// The pairs of `pairLogSumExp` cut into pieces for its pullback.
///
/// The pairs are grouped by their row of self (in list order within a row) and cut at row
/// boundaries into eight pieces (or one) with about equal numbers of pairs, so that each piece owns
/// its rows of self's gradient and adds into them in a fixed order. Each piece adds other's
/// gradient into a buffer of its own, and the buffers are added in piece order. The pieces depend
/// on the pairs only, never on the cores, so the gradients are the same bit for bit on any machine.
private struct PairPieces {
    /// The pairs' indices, grouped by row of self.
    let order: [Int]
    /// Consecutive runs of `order`, each holding whole rows of self.
    let ranges: [Range<Int>]
    /// For each piece, the rows of other its pairs touch (first to last) and where its buffer starts, in rows.
    let otherSpans: [(rows: ClosedRange<Int>, offset: Int)]
    /// The rows of all buffers together.
    let otherSpanTotal: Int

    init(rows r: [Int], rowCount: Int, otherRows s: [Int], work: Int) {
        let count = r.count
        var start = [Int](repeating: 0, count: rowCount + 1)
        for i in r { start[i + 1] += 1 }
        for i in 0 ..< rowCount { start[i + 1] += start[i] }
        var next = start, order = [Int](repeating: 0, count: count)
        for (k, i) in r.enumerated() {
            order[next[i]] = k
            next[i] += 1
        }
        // Eight pieces spread evenly over 1, 2, 4 or 8 cores; one when the work is too small to split.
        let wanted = work >= 1 << 17 ? 8 : 1
        var ranges: [Range<Int>] = [], lower = 0, row = 0
        for q in 1 ... wanted {
            let target = count * q / wanted
            while start[row] < target { row += 1 }
            if start[row] > lower {
                ranges.append(lower ..< start[row])
                lower = start[row]
            }
        }
        var spans: [(rows: ClosedRange<Int>, offset: Int)] = [], total = 0
        for range in ranges {
            let touched = order[range].map { s[$0] }
            let rows = touched.min()! ... touched.max()!
            spans.append((rows, total))
            total += rows.count
        }
        self.order = order
        self.ranges = ranges
        otherSpans = spans
        otherSpanTotal = total
    }
}

/// The op's inputs as the C kernels read them, valid inside `with`.
private struct PairKernelInputs {
    let a: UnsafePointer<Double>, b: UnsafePointer<Double>, c: UnsafePointer<Double>
    let r: UnsafePointer<Int>, s: UnsafePointer<Int>
    /// The mask's bits, nil for no mask.
    let keep: UnsafePointer<Bool>?

    /// Runs `body` with pointers to the scalars, offsets, pair indices and mask (all non-empty).
    static func with(_ a: Tensor, _ b: Tensor, _ offsets: Tensor, _ r: [Int], _ s: [Int], _ mask: Mask?,
                     _ body: (PairKernelInputs) -> Void) {
        a.scalars.withUnsafeBufferPointer { a in b.scalars.withUnsafeBufferPointer { b in
            offsets.scalars.withUnsafeBufferPointer { c in r.withUnsafeBufferPointer { r in s.withUnsafeBufferPointer { s in
                (mask?.bits ?? []).withUnsafeBufferPointer { keep in
                    body(PairKernelInputs(a: a.baseAddress!, b: b.baseAddress!, c: c.baseAddress!, r: r.baseAddress!,
                                          s: s.baseAddress!, keep: mask == nil ? nil : keep.baseAddress))
                }
            } } }
        } }
    }
}
